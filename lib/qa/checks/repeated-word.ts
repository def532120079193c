/**
 * `repeated-word`: the same word twice in a row in the English ("the the"), ignoring case. A few
 * words repeat grammatically ("had had", "that that") and are left alone. No automatic fix: which
 * of the two is the slip is for the translator to see.
 */
import { type QaIssue, qaIssue } from "../types";

const REPEATED = /(?<![\p{L}\p{M}'’])(\p{L}[\p{L}\p{M}'’]*)\s+\1(?![\p{L}\p{M}'’])/giu;
const GRAMMATICAL = new Set(["had", "that", "bye", "ha", "no", "very", "so"]);

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Whether text[from, to) is non-empty and all ASCII whitespace (what /^\s+$/ accepts of ASCII). */
function onlyAsciiSpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && (c < 0x09 || c > 0x0d)) return false;
  }
  return true;
}

/** Whether the ASCII runs at a and b, `length` long, are equal once A–Z are lowercased (toLowerCase of ASCII). */
function sameIgnoringAsciiCase(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) {
    let x = text.charCodeAt(a + k);
    let y = text.charCodeAt(b + k);
    if (x >= 0x41 && x <= 0x5a) x += 0x20;
    if (y >= 0x41 && y <= 0x5a) y += 0x20;
    if (x !== y) return false;
  }
  return true;
}

/**
 * For ASCII text, whether two neighbouring words (only whitespace between) are the same ignoring
 * case, which REPEATED needs to match at all: its first word runs from a word start to whitespace,
 * and the lookarounds make the second one a whole word. Other text is left to the expression.
 */
function mayRepeat(text: string): boolean {
  let prevStart = -1;
  let prevEnd = -1;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return true;
    if (!isAsciiLetter(c) && c !== 0x27) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && (isAsciiLetter(text.charCodeAt(i)) || text.charCodeAt(i) === 0x27)) i++;
    // Compared in place: slicing both words and testing the gap with /^\s+$/ for every pair of
    // words of one length was most of this check's time.
    if (
      prevEnd >= 0 &&
      i - start === prevEnd - prevStart &&
      onlyAsciiSpace(text, prevEnd, start) &&
      sameIgnoringAsciiCase(text, prevStart, start, i - start)
    ) {
      return true;
    }
    prevStart = start;
    prevEnd = i;
  }
  return false;
}

export function checkRepeatedWord(english: string): QaIssue[] {
  const issues: QaIssue[] = [];
  if (!mayRepeat(english)) return issues;
  for (const m of english.matchAll(REPEATED)) {
    const word = m[1].toLowerCase();
    if (GRAMMATICAL.has(word) || issues.some((i) => i.key === `repeatedWord:${word}`)) continue;
    issues.push(qaIssue("repeatedWord", { word: m[1] }, word));
  }
  return issues;
}
