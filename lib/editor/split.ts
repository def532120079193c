import { segmentEnglish } from "@/lib/text/segment";

/**
 * Where to divide a unit's English when its Hindi is split before sentence `at` (index within the
 * unit). Prefers an English sentence boundary whose share of the text best matches the Hindi share;
 * with a single English sentence, a word boundary at the same proportion.
 * Returns the character offset into `english`.
 */
export function defaultEnglishSplit(hindiSentences: string[], english: string, at: number): number {
  if (english.trim() === "" || at <= 0) return 0;
  if (at >= hindiSentences.length) return english.length;
  const total = hindiSentences.reduce((n, s) => n + [...s].length, 0) || 1;
  const before = hindiSentences.slice(0, at).reduce((n, s) => n + [...s].length, 0);
  const target = (before / total) * english.length;

  const sentences = segmentEnglish(english).map((s) => s.text);
  const boundaries: number[] = [];
  let cursor = 0;
  for (const sentence of sentences.slice(0, -1)) {
    const found = english.indexOf(sentence, cursor);
    if (found < 0) break;
    cursor = found + sentence.length;
    boundaries.push(cursor);
  }
  const candidates = boundaries.length ? boundaries : wordBoundaries(english);
  if (candidates.length === 0) return english.length;
  return candidates.reduce((best, b) => (Math.abs(b - target) < Math.abs(best - target) ? b : best));
}

function wordBoundaries(text: string): number[] {
  const result: number[] = [];
  for (let i = 1; i < text.length; i++) if (text[i] === " " && text[i - 1] !== " ") result.push(i);
  return result;
}

export function splitEnglishAt(english: string, offset: number): [string, string] {
  return [english.slice(0, offset).trim(), english.slice(offset).trim()];
}
