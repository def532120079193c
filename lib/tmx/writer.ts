/**
 * TMX 1.4b writer built from pure string pieces (header, one unit, footer) so that an export route can
 * stream units straight from a database cursor without holding the whole file in memory.
 *
 * No DOCTYPE line is emitted: many CAT tools try to fetch "tmx14.dtd" next to the file and fail or
 * warn when it is absent, while the DTD adds nothing for a reader. Conformance is checked in tests
 * with xmllint's --dtdvalid against tests/fixtures/tmx14.dtd instead.
 */

export interface TmxHeaderOptions {
  toolVersion: string;
  srcLang: string;
  /** Defaults to "en-US": the language of notes and props Setu writes. */
  adminLang?: string;
  creationDate: Date;
  /** Original translation-memory format; defaults to "Setu". */
  oTmf?: string;
}

export interface TmxUnitInput {
  tuid: string;
  srcLang: string;
  tgtLang: string;
  source: string;
  target: string;
  creationDate: Date;
  changeDate: Date;
  creationId?: string | null;
  changeId?: string | null;
  /** [type, value]; a type without an "x-" prefix is written as "x-setu-<type>" (TMX wants user types to start with "x-"). */
  props: [type: string, value: string][];
  notes?: string[];
  /** The unit holds more than one sentence (e.g. a merged alignment), so it overrides the header's segtype. */
  multiSentence?: boolean;
}

// Characters XML 1.0 forbids even as character references: a single one makes the whole file unreadable.
const NOT_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the forbidden controls is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// The same classes without /g: a cheap test first, since nearly every segment is clean.
// (Any surrogate sends a string down the exact path; a plain class is far cheaper than lookarounds.)
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const HAS_NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const HAS_TEXT_ESCAPE = /[&<>"'\r]/;
const HAS_ATTR_ESCAPE = /[&<>"'\r\t\n]/;

export function stripNonXmlChars(text: string): string {
  return HAS_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, "") : text;
}

const TEXT_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
  // A raw CR would be turned into LF by every XML parser, so keep it as a reference to survive a round trip.
  "\r": "&#13;",
};

// Attribute values are whitespace-normalised by parsers; tabs and newlines must be references to survive.
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, "\t": "&#9;", "\n": "&#10;" };

export function escapeXmlText(text: string): string {
  const clean = stripNonXmlChars(text);
  return HAS_TEXT_ESCAPE.test(clean) ? clean.replace(/[&<>"'\r]/g, (c) => TEXT_ESCAPES[c]) : clean;
}

export function escapeXmlAttr(value: string): string {
  const clean = stripNonXmlChars(value);
  return HAS_ATTR_ESCAPE.test(clean) ? clean.replace(/[&<>"'\r\t\n]/g, (c) => ATTR_ESCAPES[c]) : clean;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** TMX dates are ISO 8601 basic format in UTC: YYYYMMDDThhmmssZ. */
export function formatTmxDate(d: Date): string {
  const time = d.getTime();
  // Units imported together share their dates: remember the last two formatted.
  if (time === dateCache[0]) return dateCache[1];
  if (time === dateCache[2]) return dateCache[3];
  const formatted = formatDate(d);
  dateCache[2] = dateCache[0];
  dateCache[3] = dateCache[1];
  dateCache[0] = time;
  dateCache[1] = formatted;
  return formatted;
}

const dateCache: [number, string, number, string] = [Number.NaN, "", Number.NaN, ""];

function formatDate(d: Date): string {
  const year = d.getUTCFullYear();
  if (year >= 1000 && year <= 9999) {
    // Slicing the ISO form is several times faster than six padded fields, and exports write two per unit.
    const iso = d.toISOString();
    return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  }
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/**
 * Normalises a locale code to the BCP 47 form TMX expects ("hi_IN" → "hi-IN"), or to the bare language
 * ("hi") for tools that match languages exactly and do not know regional variants.
 */
export function tmxLang(code: string, bare: boolean): string {
  const key = `${bare ? 1 : 0}${code}`;
  let result = langCache.get(key);
  if (result === undefined) {
    result = normaliseLang(code, bare);
    if (langCache.size < 1000) langCache.set(key, result);
  }
  return result;
}

const langCache = new Map<string, string>();

function normaliseLang(code: string, bare: boolean): string {
  const parts = code.trim().replace(/_/g, "-").split("-").filter(Boolean);
  if (parts.length === 0) return "";
  const [language, ...rest] = parts;
  if (bare) return language.toLowerCase();
  const cased = rest.map((p) =>
    p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0].toUpperCase() + p.slice(1).toLowerCase() : p.toLowerCase(),
  );
  return [language.toLowerCase(), ...cased].join("-");
}

export function tmxHeader(opts: TmxHeaderOptions): string {
  const attrs: [string, string][] = [
    ["creationtool", "Setu"],
    ["creationtoolversion", opts.toolVersion],
    ["datatype", "plaintext"],
    ["segtype", "sentence"],
    ["adminlang", tmxLang(opts.adminLang ?? "en-US", false)],
    ["srclang", tmxLang(opts.srcLang, false)],
    ["o-tmf", opts.oTmf ?? "Setu"],
    ["creationdate", formatTmxDate(opts.creationDate)],
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header ${renderAttrs(attrs)}/>\n<body>\n`;
}

export function tmxUnit(u: TmxUnitInput): string {
  const attrs: [string, string][] = [
    ["tuid", u.tuid],
    ["creationdate", formatTmxDate(u.creationDate)],
  ];
  if (u.creationId) attrs.push(["creationid", u.creationId]);
  attrs.push(["changedate", formatTmxDate(u.changeDate)]);
  if (u.changeId) attrs.push(["changeid", u.changeId]);
  if (u.multiSentence) attrs.push(["segtype", "paragraph"]);

  let out = `<tu ${renderAttrs(attrs)}>`;
  for (const note of u.notes ?? []) out += `\n  <note>${escapeXmlText(note)}</note>`;
  for (const [type, value] of u.props) {
    const fullType = type.startsWith("x-") ? type : `x-setu-${type}`;
    out += `\n  <prop type="${escapeXmlAttr(fullType)}">${escapeXmlText(value)}</prop>`;
  }
  return `${out}\n${tuv(u.srcLang, u.source)}\n${tuv(u.tgtLang, u.target)}\n</tu>\n`;
}

export function tmxFooter(): string {
  return "</body>\n</tmx>\n";
}

function tuv(lang: string, text: string): string {
  // Strip first so that a control character at the edge does not shield whitespace from trimming.
  const seg = escapeXmlText(stripNonXmlChars(text).trim());
  return `  <tuv xml:lang="${escapeXmlAttr(tmxLang(lang, false))}"><seg>${seg}</seg></tuv>`;
}

function renderAttrs(attrs: [string, string][]): string {
  return attrs.map(([name, value]) => `${name}="${escapeXmlAttr(value)}"`).join(" ");
}
