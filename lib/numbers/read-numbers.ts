/**
 * Reads the numbers of a Hindi or English text as values, so that `२,००,०००`, `2,00,000`,
 * `2 लाख`, `दो लाख`, `200,000`, `two hundred thousand` and `0.2 million` all read 200000, and
 * `3.5 करोड़`, `साढ़े तीन करोड़` and `35 million` all read 35000000. Used by the aligner (numbers
 * are anchors) and by the QA number check.
 *
 * What counts:
 * - figures in ASCII or Devanagari digits, with Indian (1,00,000) or Western (100,000) grouping
 *   and decimals; anything after a figure (%, प्रतिशत, वीं, st) is ignored, so 36%, 36 प्रतिशत and
 *   36 percent are all 36, and 21वीं and 21st are 21;
 * - number words of both languages (every Hindi word 1–100, डेढ़/ढाई, सवा/साढ़े/पौने; English
 *   one…ninety-nine, "a hundred", "half a million", "one and a half"), with the scales हज़ार,
 *   लाख, करोड़, अरब, खरब and thousand, lakh, crore, million, billion, trillion, and compounds
 *   such as "3 करोड़ 50 लाख" or "two hundred and fifty thousand";
 * - dates as their plain numbers: 15.08.2023 and 15 अगस्त 2023 and August 15, 2023 all give 15,
 *   month 8 and 2023 (a month is kept apart from ordinary numbers, as "m:8").
 *
 * Every number is either strict or soft. Strict ones are written with digits or a scale word
 * after a number (दो लाख): a translation must carry their value. Soft ones are bare number words
 * (दो, five, first), month names and fractions: translators render "एक" as "a" and "दो-चार" as
 * "a few", so a soft number may match a figure on the other side but is never required to.
 */

import type { NumberWord } from "./words";
import * as words from "./words";

// Local bindings of the word helpers the tokenizer calls for every word: a module transpiled to
// CommonJS (tsx for the CLI and the bench) reaches an imported function through a getter per call.
const { isPlainKeyChar, mayBePlainNumberWord, numberWord } = words;

export interface FoundNumber {
  /** Canonical value ("200000", "2.5"), "m:8" for a month, or a dotted token ("1.2.3") as written. */
  value: string;
  /** UTF-16 offsets of the whole expression in the text. */
  start: number;
  end: number;
  strict: boolean;
  /** How it was written: digits, number words, an English ordinal word, a month name, or "half". */
  kind: "figure" | "words" | "ordinal" | "month" | "fraction";
  /** Only for a single figure with thousands separators that only one convention allows. */
  grouping?: "indian" | "western";
  /** The figure is written in Devanagari digits. */
  devanagariDigits: boolean;
}

const DEVANAGARI_ZERO = 0x0966;
const DEVANAGARI_DIGIT = /[\u0966-\u096F]/g;
const WESTERN = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN = /^\d{1,2}(?:,\d{2})*,\d{3}(?:\.\d+)?$/;
const DAY_MONTH_YEAR = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|\.\d)/g;
const ISO_DATE = /(?<![\d.])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/g;

const HAS_DEVANAGARI_DIGIT = /[\u0966-\u096F]/;

export function toAsciiDigits(text: string): string {
  if (!HAS_DEVANAGARI_DIGIT.test(text)) return text;
  return text.replace(DEVANAGARI_DIGIT, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
}

/** Value as a stable string: floating-point noise from 0.2 × 1e6 is rounded away. */
export function canonicalValue(n: number): string {
  // An integer of at most 12 digits is exact at 12 significant digits: the common case, without toPrecision.
  if (Number.isInteger(n) && Math.abs(n) < 1e12) return String(n);
  return String(Number(n.toPrecision(12)));
}

/** 200000 → "200,000" (and "2.5" stays "2.5"): how an English text writes the figure. */
export function formatWestern(value: string): string {
  const m = /^(\d+)(\.\d+)?$/.exec(value);
  if (!m) return value;
  return m[1].replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (m[2] ?? "");
}

type Token =
  /** A figure, in ASCII digits; `value` is figureValue's (null for a dotted token such as 1.2.3). */
  | { kind: "num"; text: string; value: number | null; start: number; end: number }
  | { kind: "word"; word: NumberWord | null; start: number; end: number }
  | { kind: "date"; values: string[]; start: number; end: number }
  /** A hyphen or dash: joins twenty-five, marks a range (2-3 लाख), else ends a number. */
  | { kind: "dash" }
  | { kind: "stop" };
type DateToken = Extract<Token, { kind: "date" }>;

function dateTokens(ascii: string): DateToken[] {
  const out: DateToken[] = [];
  for (const m of ascii.matchAll(DAY_MONTH_YEAR)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    // Indian usage is day-month; a first part above 12 can only be a day, a second one only a day (US).
    const [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    out.push({ kind: "date", values: [String(day), `m:${month}`, String(Number(m[4]))], start: m.index, end: m.index + m[0].length });
  }
  for (const m of ascii.matchAll(ISO_DATE)) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    if (out.some((t) => t.start < m.index + m[0].length && m.index < t.end)) continue;
    out.push({ kind: "date", values: [String(Number(m[1])), `m:${month}`, String(day)], start: m.index, end: m.index + m[0].length });
  }
  return out.sort((x, y) => x.start - y.start);
}

const STOP: Token = { kind: "stop" };
const DASH: Token = { kind: "dash" };

// What the tokenizer needs to know of a UTF-16 code unit, as bits decided once per code unit by
// the regular expressions whose semantics it reproduces ([\p{L}\p{M}] and \s): scanning with
// charCodeAt and one table is several times faster than an alternation of Unicode classes.
const KNOWN = 0x80;
/** [\p{L}\p{M}], for a code unit that is a character by itself. */
const LETTER = 1;
/** A letter that numberWord's key keeps as it is (see words.isPlainKeyChar). */
const PLAIN = 2;
const SPACE = 4;
/** An ASCII or a Devanagari digit (the text is read as if toAsciiDigits had run first). */
const DIGIT = 8;
/** Half of a surrogate pair: a letter only together with its other half. */
const HIGH_SURROGATE = 16;
const classes = new Uint8Array(0x10000);
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const WHITESPACE = /^\s$/u;

function classify(c: number): number {
  let k = KNOWN;
  if ((c >= 0x30 && c <= 0x39) || (c >= DEVANAGARI_ZERO && c <= DEVANAGARI_ZERO + 9)) k |= DIGIT;
  else if (c >= 0xd800 && c <= 0xdbff) k |= HIGH_SURROGATE;
  // A low surrogate by itself is neither a letter nor a space.
  else if (c < 0xdc00 || c > 0xdfff) {
    const ch = String.fromCharCode(c);
    if (LETTER_OR_MARK.test(ch)) k |= isPlainKeyChar(c) ? LETTER | PLAIN : LETTER;
    else if (WHITESPACE.test(ch)) k |= SPACE;
  }
  classes[c] = k;
  return k;
}
for (let c = 0; c < 0x80; c++) classify(c);
for (let c = 0x0900; c < 0x0980; c++) classify(c);

function classAt(c: number): number {
  const k = classes[c];
  return k === 0 ? classify(c) : k;
}

/** Whether text[i] (a high surrogate) and text[i + 1] are one astral letter or mark. */
function isAstralLetter(text: string, i: number): boolean {
  if (i + 1 >= text.length) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff && LETTER_OR_MARK.test(text.slice(i, i + 2));
}

/**
 * Number words by a hash of their code units (plain words only once their signature may be one's,
 * see words.mayBePlainNumberWord), so that looking one up allocates nothing: the entry's word is
 * compared with the text.
 */
const wordsByHash = new Map<number, { word: string; found: NumberWord | null }>();

function numberWordAt(text: string, start: number, end: number, hash: number): NumberWord | null {
  const key = hash & 0x3fffffff;
  const known = wordsByHash.get(key);
  if (known && known.word.length === end - start && text.startsWith(known.word, start)) return known.found;
  const word = text.slice(start, end);
  const found = numberWord(word);
  if (!known && wordsByHash.size < 50_000) wordsByHash.set(key, { word, found });
  return found;
}

const NEEDS_DATES = -1;

/**
 * The text as number-relevant tokens; "stop" stands for anything that ends a number (punctuation,
 * other text), and stops in a row are one (nothing reads how many). Whitespace and a hyphen
 * between words (twenty-five) do not. The scanner reads what
 * /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\s+)|([-–])|([\s\S])/gu would match on toAsciiDigits(text),
 * in the same pieces. Dates are only looked for where a digit, a separator and a digit follow each
 * other (both date patterns need that): without `dates`, such text gives NEEDS_DATES.
 */
function tokenize(text: string, dates: DateToken[] | null): Token[] | typeof NEEDS_DATES {
  const tokens: Token[] = [];
  const n = text.length;
  let d = 0;
  let date = dates?.[0];
  let dateStart = date ? date.start : n;
  for (let start = 0; start < n; ) {
    if (start >= dateStart && date) {
      if (tokens[tokens.length - 1] !== STOP) tokens.push(STOP);
      tokens.push(date, STOP);
      start = date.end;
      date = (dates as DateToken[])[++d];
      dateStart = date ? date.start : n;
      continue;
    }
    const c = text.charCodeAt(start);
    const k = classAt(c);
    if (k & DIGIT) {
      let devanagari = c >= DEVANAGARI_ZERO;
      let comma = false;
      let end = start + 1;
      for (;;) {
        let u = text.charCodeAt(end);
        while (end < n && classAt(u) & DIGIT) {
          devanagari ||= u >= DEVANAGARI_ZERO;
          u = text.charCodeAt(++end);
        }
        if ((u !== 0x2e && u !== 0x2c) || end + 1 >= n || !(classAt(text.charCodeAt(end + 1)) & DIGIT)) {
          if (!dates && (u === 0x2f || u === 0x2d) && end + 1 < n && classAt(text.charCodeAt(end + 1)) & DIGIT) return NEEDS_DATES;
          break;
        }
        if (u === 0x2e) {
          if (!dates) return NEEDS_DATES;
        } else comma = true;
        end += 2;
        devanagari ||= text.charCodeAt(end - 1) >= DEVANAGARI_ZERO;
      }
      // A figure may run into a date that starts inside it ("5,15.08.2023"): cut it there.
      if (dateStart < end) end = dateStart;
      const figure = text.slice(start, end);
      pushFigure(tokens, devanagari ? toAsciiDigits(figure) : figure, start, comma);
      start = end;
      continue;
    }
    if (k & (LETTER | HIGH_SURROGATE)) {
      let end = start;
      // Whether every letter is one that numberWord's key keeps as it is (see plainNumberWordKey).
      let plain = true;
      // FNV-1a of the code units, for numberWordAt.
      let hash = 0x811c9dc5;
      for (; end < n; ) {
        const u = text.charCodeAt(end);
        const ku = classAt(u);
        if (ku & LETTER) {
          if (!(ku & PLAIN)) plain = false;
          hash = Math.imul(hash ^ u, 0x01000193);
          end++;
        } else if (ku & HIGH_SURROGATE && isAstralLetter(text, end)) {
          plain = false;
          hash = Math.imul(Math.imul(hash ^ u, 0x01000193) ^ text.charCodeAt(end + 1), 0x01000193);
          end += 2;
        } else break;
      }
      if (end > start) {
        // A plain word that may be one is looked up by its hash too: no slice of the text per word.
        const word = plain && !mayBePlainNumberWord(text, start, end) ? null : numberWordAt(text, start, end, hash);
        // A word that is no number word ends a number exactly as punctuation does (nothing reads a
        // word token's text), so it becomes the one shared stop: most words of a text allocate nothing.
        if (word) tokens.push({ kind: "word", word, start, end });
        else if (tokens[tokens.length - 1] !== STOP) tokens.push(STOP);
        start = end;
        continue;
      }
    }
    if (k & SPACE) {
      // whitespace joins: "दो लाख", "two hundred"
      start++;
      while (start < n && classAt(text.charCodeAt(start)) & SPACE) start++;
      continue;
    }
    if (c === 0x2d || c === 0x2013) tokens.push(DASH);
    else if (tokens[tokens.length - 1] !== STOP) tokens.push(STOP);
    // One code point: a surrogate pair is one character of [\s\S] under the u flag.
    const pair = c >= 0xd800 && c <= 0xdbff && start + 1 < n && (text.charCodeAt(start + 1) & 0xfc00) === 0xdc00;
    start += pair ? 2 : 1;
  }
  return tokens;
}

/** The text's tokens (see tokenize), with its dates when it may have some. */
function tokensOf(text: string): Token[] {
  const tokens = tokenize(text, null);
  if (tokens !== NEEDS_DATES) return tokens;
  const dates = dateTokens(toAsciiDigits(text));
  return tokenize(text, dates) as Token[];
}

/** A figure whose commas fit neither Indian nor Western grouping is a list ("1,2,3"): one number per part. */
function pushFigure(tokens: Token[], text: string, start: number, comma: boolean) {
  if (!comma || !text.includes(",") || WESTERN.test(text) || INDIAN.test(text)) {
    tokens.push({ kind: "num", text, value: figureValue(text), start, end: start + text.length });
    return;
  }
  let offset = start;
  for (const part of text.split(",")) {
    if (tokens[tokens.length - 1] !== STOP) tokens.push(STOP);
    tokens.push({ kind: "num", text: part, value: figureValue(part), start: offset, end: offset + part.length });
    offset += part.length + 1;
  }
}

interface Parsed {
  value: number;
  /** The number was written out (a figure or number words), not implied by "a" or a bare scale. */
  explicit: boolean;
  next: number;
  end: number;
  digits: boolean;
  scaled: boolean;
  /** The biggest scale used, to know whether a following group may continue the number. */
  scale: number;
}

function wordAt(tokens: Token[], i: number): NumberWord | null {
  const t = tokens[i];
  return t?.kind === "word" ? t.word : null;
}

function figureValue(text: string): number | null {
  const plain = text.includes(",") ? text.replaceAll(",", "") : text;
  const dot = plain.indexOf(".");
  if (dot !== -1 && plain.indexOf(".", dot + 1) !== -1) return null;
  return Number(plain);
}

/** A number below 100: a figure, a Hindi word, or English tens + units ("twenty five", "twenty-five"). */
function parseSmall(tokens: Token[], i: number): { value: number; next: number; end: number; digits: boolean } | null {
  const t = tokens[i];
  if (t?.kind === "num") {
    const value = t.value;
    return value === null ? null : { value, next: i + 1, end: t.end, digits: true };
  }
  const w = wordAt(tokens, i);
  if (!w || t?.kind !== "word") return null;
  if (w.kind === "small") return { value: w.value, next: i + 1, end: t.end, digits: false };
  if (w.kind === "tens" || w.kind === "tens-ordinal") {
    const u = tokens[i + 1]?.kind === "dash" ? i + 2 : i + 1;
    const unit = wordAt(tokens, u);
    if (w.kind === "tens" && (unit?.kind === "small" || unit?.kind === "ordinal") && unit.value > 0 && unit.value < 10) {
      return { value: w.value + unit.value, next: u + 1, end: endOf(tokens, u), digits: false };
    }
    return { value: w.value, next: i + 1, end: t.end, digits: false };
  }
  if (w.kind === "ordinal") return { value: w.value, next: i + 1, end: t.end, digits: false };
  return null;
}

function endOf(tokens: Token[], i: number): number {
  return (tokens[i] as { end: number }).end;
}

/**
 * One group: [modifier] head [hundred [and] tail] [and a half] [scale]. A bare scale or hundred
 * has an implicit one (सवा लाख, हज़ार लोग, a million).
 */
function parseGroup(tokens: Token[], i: number): Parsed | null {
  let k = i;
  let delta = 0;
  const first = wordAt(tokens, k);
  if (first?.kind === "modifier") {
    delta = first.delta;
    k++;
  }
  let head: { value: number; next: number; end: number; digits: boolean } | null = parseSmall(tokens, k);
  let implicit = false;
  const explicit = head !== null || delta !== 0;
  if (!head) {
    const w = wordAt(tokens, k);
    const after = wordAt(tokens, k + 1);
    if (w?.kind === "article" && (after?.kind === "hundred" || (after?.kind === "scale" && !after.plural))) {
      head = { value: 1, next: k + 1, end: endOf(tokens, k), digits: false };
    } else if (
      w?.kind === "half" &&
      tokens[k + 1] &&
      wordAt(tokens, k + 1)?.kind === "article" &&
      wordAt(tokens, k + 2)?.kind === "scale"
    ) {
      head = { value: 0.5, next: k + 2, end: endOf(tokens, k + 1), digits: false };
    } else if (w?.kind === "half") {
      return delta ? null : { value: 0.5, explicit: false, next: k + 1, end: endOf(tokens, k), digits: false, scaled: false, scale: 1 };
    } else if (w?.kind === "hundred" || (w?.kind === "scale" && !w.plural && (w.value === 1e3 || delta !== 0))) {
      // A bare हज़ार or सौ is "a thousand", "a hundred"; a bare लाख is also "despite" (लाख कोशिश) and
      // अरब "Arab", so the bigger scales need a number (or सवा/साढ़े) before them.
      head = { value: 1, next: k, end: endOf(tokens, k), digits: false };
      implicit = true;
    } else {
      return null;
    }
  }
  let value = head.value + delta;
  let { next, end, digits } = head;
  let scaled = false;
  let scale = 1;
  if (wordAt(tokens, next)?.kind === "hundred") {
    value *= 100;
    end = endOf(tokens, next);
    next++;
    scale = 100;
    const tailAt = wordAt(tokens, next)?.kind === "and" ? next + 1 : next;
    const tail = parseSmall(tokens, tailAt);
    if (tail && tail.value < 100 && (!tail.digits || !digits)) {
      value += tail.value;
      next = tail.next;
      end = tail.end;
      digits ||= tail.digits;
    }
  }
  // "one and a half million"
  if (wordAt(tokens, next)?.kind === "and" && wordAt(tokens, next + 1)?.kind === "article" && wordAt(tokens, next + 2)?.kind === "half") {
    if (wordAt(tokens, next + 3)?.kind === "scale") {
      value += 0.5;
      next += 3;
    }
  }
  const s = wordAt(tokens, next);
  if (s?.kind === "scale" && !(s.plural && implicit)) {
    value *= s.value;
    end = endOf(tokens, next);
    next++;
    scaled = true;
    scale = s.value;
  } else if (implicit && scale === 1) {
    return null;
  }
  return { value, explicit, next, end, digits, scaled, scale };
}

/** A whole number expression: groups of falling scale (3 करोड़ 50 लाख; two thousand and five). */
function parseNumber(tokens: Token[], i: number): Parsed | null {
  const first = parseGroup(tokens, i);
  if (!first) return null;
  const total = { ...first };
  let last = first;
  while (last.scaled) {
    const at = wordAt(tokens, total.next)?.kind === "and" ? total.next + 1 : total.next;
    const more = parseGroup(tokens, at);
    if (!more || more.value >= last.scale) break;
    // An unscaled figure after a scale is a separate number ("2 लाख 50 लोग"); words continue ("two thousand five").
    if (!more.scaled && (more.digits || total.digits)) break;
    if (more.scaled && more.scale >= last.scale) break;
    total.value += more.value;
    total.next = more.next;
    total.end = more.end;
    total.digits ||= more.digits;
    last = more;
  }
  return total;
}

/** Every number in the text, in order. */
export function readNumbers(text: string): FoundNumber[] {
  const tokens = tokensOf(text);
  const out: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.kind === "stop" || t.kind === "dash") {
      i++;
      continue;
    }
    if (t.kind === "date") {
      const devanagariDigits = isDevanagari(text, t.start);
      for (const value of t.values) out.push({ value, start: t.start, end: t.end, strict: true, kind: "figure", devanagariDigits });
      i++;
      continue;
    }
    if (t.kind === "num" && t.value === null) {
      out.push({ value: t.text, start: t.start, end: t.end, strict: true, kind: "figure", devanagariDigits: isDevanagari(text, t.start) });
      i++;
      continue;
    }
    const parsed = parseNumber(tokens, i);
    if (!parsed) {
      const w = t.kind === "word" ? t.word : null;
      if (w?.kind === "month") {
        out.push({ value: `m:${w.value}`, start: t.start, end: t.end, strict: false, kind: "month", devanagariDigits: false });
      }
      i++;
      continue;
    }
    const range = parsed.scaled ? null : rangeEnd(tokens, parsed);
    const value = range && parsed.value < range.value / range.scale ? parsed.value * range.scale : parsed.value;
    const grouping = parsed.next === i + 1 && t.kind === "num" ? groupingOf(t.text) : undefined;
    const start = t.start;
    const end = parsed.end;
    const strict = parsed.digits || (parsed.explicit && parsed.scaled && parsed.scale >= 1e3);
    const kind = parsed.digits ? "figure" : writtenKind(tokens, i, parsed.next);
    const devanagariDigits = isDevanagari(text, start);
    // Two literals rather than a spread of `{ grouping }`: the same keys in the same order, without
    // building and copying an object per number.
    out.push(
      grouping
        ? { value: canonicalValue(value), start, end, strict, kind, grouping, devanagariDigits }
        : { value: canonicalValue(value), start, end, strict, kind, devanagariDigits },
    );
    i = parsed.next;
  }
  return out;
}

function writtenKind(tokens: Token[], from: number, to: number): FoundNumber["kind"] {
  let half = false;
  for (let k = from; k < to; k++) {
    const w = wordAt(tokens, k);
    if (w?.kind === "ordinal" || w?.kind === "tens-ordinal") return "ordinal";
    if (w?.kind === "half") half = true;
    if (w?.kind === "scale" || w?.kind === "hundred") return "words";
  }
  return half ? "fraction" : "words";
}

/** "2-3 लाख", "2 से 3 करोड़", "2 to 3 million": the first number takes the scale of the second. */
function rangeEnd(tokens: Token[], parsed: Parsed): Parsed | null {
  const t = tokens[parsed.next];
  const joiner = t?.kind === "dash" || (t?.kind === "word" && t.word?.kind === "range");
  if (!joiner) return null;
  const second = parseNumber(tokens, parsed.next + 1);
  return second?.scaled ? second : null;
}

function groupingOf(figure: string): FoundNumber["grouping"] {
  if (!figure.includes(",")) return undefined;
  const western = WESTERN.test(figure);
  const indian = INDIAN.test(figure);
  if (western && !indian) return "western";
  if (indian && !western) return "indian";
  return undefined;
}

function isDevanagari(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x0966 && c <= 0x096f;
}

/** Canonical values of every number, for alignment anchors (both sides are read the same way). */
export function extractNumbers(text: string): string[] {
  return readNumbers(text.normalize("NFC"))
    .filter((n) => n.strict)
    .map((n) => n.value);
}
