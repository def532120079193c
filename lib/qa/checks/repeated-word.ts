/**
 * `repeated-word`: the same word twice in a row in the English ("the the"), ignoring case. A few
 * words repeat grammatically ("had had", "that that") and are left alone. No automatic fix: which
 * of the two is the slip is for the translator to see.
 */
import { type QaIssue, qaIssue } from "../types";

const REPEATED = /(?<![\p{L}\p{M}'’])(\p{L}[\p{L}\p{M}'’]*)\s+\1(?![\p{L}\p{M}'’])/giu;
const GRAMMATICAL = new Set(["had", "that", "bye", "ha", "no", "very", "so"]);

export function checkRepeatedWord(english: string): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const m of english.matchAll(REPEATED)) {
    const word = m[1].toLowerCase();
    if (GRAMMATICAL.has(word) || issues.some((i) => i.key === `repeatedWord:${word}`)) continue;
    issues.push(qaIssue("repeatedWord", { word: m[1] }, word));
  }
  return issues;
}
