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
    if (prevEnd >= 0 && i - start === prevEnd - prevStart && /^\s+$/.test(text.slice(prevEnd, start))) {
      if (text.slice(start, i).toLowerCase() === text.slice(prevStart, prevEnd).toLowerCase()) return true;
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
