/**
 * `inconsistent`: the same Hindi translated differently within a document, and the reverse, one
 * English sentence used for different Hindi. Works on keys (a hash of the normalised text), so a
 * caller can keep the keys of 100,000 units and compare them without the texts.
 *
 * Normalisation: the Hindi is folded as glossary matching folds it (nukta, chandrabindu, nasal +
 * virama, Devanagari digits, spaces), and final punctuation is dropped (किसान आए। = किसान आए);
 * the English is compared ignoring case, spacing and the style of quotes. The reverse check only
 * looks at English of three words or more: "Yes." or "Introduction" rightly render many sources.
 */
import { foldHindiSimple, foldHindiText } from "@/lib/glossary/fold";
import { type QaIssue, qaIssue } from "./types";

export interface ConsistencyKeys {
  hindiKey: number;
  /** null when the unit has no English yet (it takes no part). */
  englishKey: number | null;
  /** The English is long enough for the reverse check. */
  reversible: boolean;
}

export interface KeyedUnit<Id> extends ConsistencyKeys {
  id: Id;
  /** How messages name the unit: its number in the document, or a TMX tuid. */
  label: string | number;
}

/** cyrb53: a fast 53-bit string hash; collisions among a document's units are practically impossible. */
export function hash53(text: string): number {
  return hash53Range(text, 0, text.length, false);
}

/**
 * hash53 of text.slice(start, end), without the copy; `lowerAscii` hashes A–Z as a–z (what
 * toLowerCase does to ASCII text).
 */
function hash53Range(text: string, start: number, end: number, lowerAscii: boolean): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = start; i < end; i++) {
    let ch = text.charCodeAt(i);
    if (lowerAscii && ch >= 0x41 && ch <= 0x5a) ch += 0x20;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** ECMAScript's \s (WhiteSpace and LineTerminator), without a regular expression. */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where .replace(/[\s।॥.?!…]+$/u, "") cuts the text (every character of that class is one code unit). */
function finalPunctuationStart(text: string): number {
  let end = text.length;
  for (;;) {
    const c = text.charCodeAt(end - 1);
    if (end > 0 && (isJsSpace(c) || c === 0x0964 || c === 0x0965 || c === 0x2e || c === 0x3f || c === 0x21 || c === 0x2026)) end--;
    else break;
  }
  return end;
}

function withoutFinalPunctuation(text: string): string {
  const end = finalPunctuationStart(text);
  return end === text.length ? text : text.slice(0, end);
}

export function normaliseHindiForConsistency(hindi: string): string {
  // Most text folds simply and is NFC already (see foldHindiSimple): one scan, no copies.
  const folded = foldHindiSimple(hindi) ?? foldHindiText(hindi.normalize("NFC"));
  return withoutFinalPunctuation(folded).trim();
}

/**
 * ASCII text with no whitespace but single spaces: NFC already, without curly quotes, so
 * normalising it is only lowercasing and trimming.
 */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || (c < 0x20 && c >= 0x09 && c <= 0x0d) || (c === 0x20 && i > 0 && text.charCodeAt(i - 1) === 0x20)) return false;
  }
  return true;
}

export function normaliseEnglishForConsistency(english: string): string {
  if (isPlainAscii(english)) return english.toLowerCase().trim();
  return english.normalize("NFC").toLowerCase().replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();
}

/** Whether /\p{L}+/gu finds at least three runs; for ASCII (most English) without the regex. */
function hasThreeWords(text: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return (text.match(/\p{L}+/gu)?.length ?? 0) >= 3;
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (letter && !inRun && ++runs >= 3) return true;
    inRun = letter;
  }
  return false;
}

/** hash53(normaliseHindiForConsistency(hindi)); for text that folds simply without building the string. */
function hindiKey(hindi: string): number {
  const folded = foldHindiSimple(hindi);
  if (folded === null) return hash53(normaliseHindiForConsistency(hindi));
  // Simple text has no whitespace but single spaces (see foldHindiSimple): trim() only drops those.
  const end = finalPunctuationStart(folded);
  let start = 0;
  while (start < end && folded.charCodeAt(start) === 0x20) start++;
  return hash53Range(folded, start, end, false);
}

/** Whether the ASCII text[start, end) has three runs of letters (hasThreeWords for ASCII). */
function hasThreeAsciiWords(text: string, start: number, end: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
    if (letter && !inRun && ++runs >= 3) return true;
    inRun = letter;
  }
  return false;
}

export function consistencyKeys(hindi: string, english: string): ConsistencyKeys {
  if (isPlainAscii(english)) {
    // What normaliseEnglishForConsistency gives plain ASCII (lowercased and trimmed, where only
    // single spaces can be trimmed), hashed in place.
    let start = 0;
    let end = english.length;
    while (start < end && english.charCodeAt(start) === 0x20) start++;
    while (end > start && english.charCodeAt(end - 1) === 0x20) end--;
    return {
      hindiKey: hindiKey(hindi),
      englishKey: end > start ? hash53Range(english, start, end, true) : null,
      reversible: hasThreeAsciiWords(english, start, end),
    };
  }
  const en = normaliseEnglishForConsistency(english);
  return {
    hindiKey: hindiKey(hindi),
    englishKey: en ? hash53(en) : null,
    reversible: hasThreeWords(en),
  };
}

/**
 * The groups of two or more items with the same key, in the order their keys first appear (the
 * order a Map of every group gives), each in the items' order. An open-addressing table of typed
 * arrays, probed by the key's low 32 bits: no Map lookup (a 53-bit key is a heap number, boxed and
 * hashed per lookup) and no array for the many items whose key no other item has. (A Map keyed by
 * the low 30 bits fell back to exact keys whenever two keys met in a slot, which at 100,000 units
 * is nearly always.)
 */
function sharedGroups<T>(items: T[], key: (item: T) => number | null): T[][] {
  let capacity = 16;
  while (capacity < items.length * 2) capacity *= 2;
  const mask = capacity - 1;
  const keys = new Float64Array(capacity);
  /** Per slot: the index of the first item with its key, or -1 for a free slot. */
  const firsts = new Int32Array(capacity).fill(-1);
  /** Per slot: the index of its group in `groups`, or -1 while its key has one item. */
  const groupOfSlot = new Int32Array(capacity).fill(-1);
  const groups: T[][] = [];
  const groupFirsts: number[] = [];
  for (let i = 0; i < items.length; i++) {
    const k = key(items[i]);
    if (k === null) continue;
    let slot = (k >>> 0) & mask;
    while (firsts[slot] !== -1 && keys[slot] !== k) slot = (slot + 1) & mask;
    if (firsts[slot] === -1) {
      keys[slot] = k;
      firsts[slot] = i;
      continue;
    }
    let g = groupOfSlot[slot];
    if (g === -1) {
      g = groupOfSlot[slot] = groups.length;
      groups.push([items[firsts[slot]]]);
      groupFirsts.push(firsts[slot]);
    }
    groups[g].push(items[i]);
  }
  // A group was made when its second item came; order them by their first.
  const order = groups.map((_, g) => g).sort((a, b) => groupFirsts[a] - groupFirsts[b]);
  return order.map((g) => groups[g]);
}

function hindiKeyOf(u: ConsistencyKeys): number {
  return u.hindiKey;
}

function englishKeyOf(u: ConsistencyKeys): number | null {
  return u.reversible ? u.englishKey : null;
}

/**
 * The inconsistency issues per unit id, for units given in document order. Each issue names the
 * first unit (in order) that differs, and how many renderings (or sources) the group has.
 */
export function findInconsistencies<Id>(units: KeyedUnit<Id>[]): Map<Id, QaIssue[]> {
  const out = new Map<Id, QaIssue[]>();
  const add = (id: Id, issue: QaIssue) => out.set(id, [...(out.get(id) ?? []), issue]);
  const translated = units.filter((u) => u.englishKey !== null);
  for (const group of sharedGroups(translated, hindiKeyOf)) {
    const renderings = new Set(group.map((u) => u.englishKey));
    if (renderings.size < 2) continue;
    for (const unit of group) {
      const other = group.find((u) => u.englishKey !== unit.englishKey);
      if (other) add(unit.id, qaIssue("inconsistentHindi", { unit: other.label, count: renderings.size }));
    }
  }
  for (const group of sharedGroups(translated, englishKeyOf)) {
    const sources = new Set(group.map((u) => u.hindiKey));
    if (sources.size < 2) continue;
    for (const unit of group) {
      const other = group.find((u) => u.hindiKey !== unit.hindiKey);
      if (other) add(unit.id, qaIssue("inconsistentEnglish", { unit: other.label, count: sources.size }));
    }
  }
  return out;
}
