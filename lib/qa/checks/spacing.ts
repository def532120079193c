/**
 * `spacing`: leading or trailing spaces, doubled spaces, a space before , . ; : ? !
 * All three have one safe fix (the same corrected text), since spacing never carries meaning here.
 * An ellipsis after a space ("and so ...") is left alone.
 */
import { type QaIssue, qaIssue } from "../types";

const EDGES = /^\s|\s$/u;
const DOUBLE = /[ \t\u00A0\u2000-\u200A\u202F]{2,}/u;
const BEFORE_PUNCTUATION = /[ \t\u00A0\u2000-\u200A\u202F]+([,;:?!]|\.(?!\.))/u;

/** The English with all spacing problems corrected. */
export function fixSpacing(english: string): string {
  return english.replace(new RegExp(DOUBLE.source, "gu"), " ").replace(new RegExp(BEFORE_PUNCTUATION.source, "gu"), "$1").trim();
}

export function checkSpacing(english: string): QaIssue[] {
  if (english.trim() === "") return [];
  const issues: QaIssue[] = [];
  const fix = fixSpacing(english);
  if (EDGES.test(english)) issues.push(qaIssue("spacingEdges", {}, undefined, fix));
  if (DOUBLE.test(english.trim())) issues.push(qaIssue("spacingDouble", {}, undefined, fix));
  const before = BEFORE_PUNCTUATION.exec(english.trim());
  if (before) issues.push(qaIssue("spacingBeforePunctuation", { char: before[1] }, undefined, fix));
  return issues;
}
