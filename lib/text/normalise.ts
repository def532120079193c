/**
 * Text normalisation for segments. Translation memory, alignment and search compare strings that
 * were typed on different keyboards and pasted from different tools, so the same Hindi sentence
 * must always come out as the same code points.
 *
 * About nukta letters: Unicode lists क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ (U+0958–U+095F) as composition
 * exclusions, so NFC turns the precomposed letters INTO base + nukta (U+093C) rather than the
 * reverse. We accept that: both spellings end up as base + nukta, which is stable and is what
 * every other NFC tool (databases, browsers) produces too.
 */

const VIRAMA = "\u094D";
const ZWNJ = "\u200C";
const ZWJ = "\u200D";

/*
 * Sequences the Unicode Standard (ch. 12, table "Independent vowels: do not use") says must not be
 * used for a single vowel. NFC leaves them alone because they are not canonically equivalent, yet
 * old keyboards and OCR produce them and they render identically, so TM lookups would miss.
 * Order matters: longer keys first so "अ" + "ा" + "े" becomes ओ, not आ + े.
 */
const VOWEL_SEQUENCES: ReadonlyArray<readonly [string, string]> = [
  ["\u0905\u093E\u0947", "\u0913"], // अ ा े → ओ
  ["\u0905\u093E\u0948", "\u0914"], // अ ा ै → औ
  ["\u0905\u093E\u0945", "\u0911"], // अ ा ॅ → ऑ
  ["\u0905\u0946", "\u0904"], // अ ॆ → ऄ
  ["\u0905\u093E", "\u0906"], // अ ा → आ
  ["\u0905\u0949", "\u0911"], // अ ॉ → ऑ
  ["\u0905\u094A", "\u0912"], // अ ॊ → ऒ
  ["\u0905\u094B", "\u0913"], // अ ो → ओ
  ["\u0905\u094C", "\u0914"], // अ ौ → औ
  ["\u0905\u0945", "\u0972"], // अ ॅ → ॲ
  ["\u0906\u0945", "\u0911"], // आ ॅ → ऑ
  ["\u0906\u0946", "\u0912"], // आ ॆ → ऒ
  ["\u0906\u0947", "\u0913"], // आ े → ओ
  ["\u0906\u0948", "\u0914"], // आ ै → औ
  ["\u090F\u0945", "\u090D"], // ए ॅ → ऍ
  ["\u090F\u0946", "\u090E"], // ए ॆ → ऎ
  ["\u090F\u0947", "\u0910"], // ए े → ऐ
  // A dependent ा followed by a top mark is how some keyboards type ो / ौ / ॉ.
  ["\u093E\u0947", "\u094B"], // ा े → ो
  ["\u093E\u0948", "\u094C"], // ा ै → ौ
  ["\u093E\u0945", "\u0949"], // ा ॅ → ॉ
];
const VOWEL_SEQUENCE_RE = new RegExp(VOWEL_SEQUENCES.map(([from]) => from).join("|"), "g");
const VOWEL_SEQUENCE_MAP = new Map(VOWEL_SEQUENCES);

// Whitespace-like controls become spaces so that "word\u0085word" does not glue two words together.
const CONTROL_AS_SPACE_RE = /[\t\n\v\f\r\u0085]/g;
// All remaining C0, DEL and C1 controls carry no text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_RE = /[\u0000-\u001F\u007F-\u009F]+/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const EDITOR_CONTROL_RE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]+/g;
const BOM_RE = /\uFEFF/g;
// A control between two letters or digits (ESC, NUL pasted from a terminal or a PDF) stood where
// the writer saw a gap: removing it would glue two words ("यह\u001Bदूसरा" → "यहदूसरा"). Before a
// combining mark it sits inside one akshara and is simply dropped.
const WORD_CHAR_BEFORE_RE = /[\p{L}\p{M}\p{N}]$/u;
const WORD_START_RE = /^[\p{L}\p{N}]/u;

/** Removes the controls `re` matches, leaving one space where they separated two words. */
function removeControls(text: string, re: RegExp): string {
  return text.replace(re, (run: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 2), offset);
    const after = whole.slice(offset + run.length, offset + run.length + 2);
    return WORD_CHAR_BEFORE_RE.test(before) && WORD_START_RE.test(after) ? " " : "";
  });
}

function isDevanagari(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x0900 && c <= 0x097f) || (c >= 0xa8e0 && c <= 0xa8ff);
}

/*
 * ZWJ/ZWNJ change how a conjunct renders (क्‍ष vs क्ष, half forms), so they are meaningful after a
 * virama or inside a Devanagari word. Anywhere else they are invisible noise from copy-paste that
 * would make two identical-looking segments compare unequal.
 */
function filterJoiners(text: string): string {
  if (!text.includes(ZWJ) && !text.includes(ZWNJ)) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== ZWJ && ch !== ZWNJ) {
      out += ch;
      continue;
    }
    const prev = out[out.length - 1];
    const next = text[i + 1];
    if (prev === VIRAMA || (isDevanagari(prev) && isDevanagari(next))) out += ch;
  }
  return out;
}

/** Single-line canonical form of a segment: NFC, one space between words, no controls. */
export function normaliseText(text: string): string {
  let s = text.replace(BOM_RE, "").replace(CONTROL_AS_SPACE_RE, " ");
  s = removeControls(s, CONTROL_RE);
  s = filterJoiners(s);
  s = s.normalize("NFC");
  if (s.includes("\u093E") || s.includes("\u0905") || s.includes("\u0906") || s.includes("\u090F")) {
    s = s.replace(VOWEL_SEQUENCE_RE, (m) => VOWEL_SEQUENCE_MAP.get(m) ?? m);
  }
  return s.replace(/\s+/g, " ").trim();
}

/** Key for finding units: case differences in embedded Latin words should not hide a match. */
export function normaliseForSearch(text: string): string {
  return normaliseText(text).toLowerCase();
}

/**
 * For multi-line English editor text: keeps tabs and line breaks the translator typed. A lone CR
 * becomes LF rather than vanishing, otherwise two lines would silently merge into one word.
 */
export function stripControlChars(text: string): string {
  return removeControls(text.replace(/\r\n?/g, "\n"), EDITOR_CONTROL_RE);
}
