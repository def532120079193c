/**
 * `spacing`: leading or trailing spaces, doubled spaces, a space before , . ; : ? !
 * All three have one safe fix (the same corrected text), since spacing never carries meaning here.
 * An ellipsis after a space ("and so ...") is left alone.
 */
import { type QaIssue, qaIssue } from "../types";

const EDGES = /^\s|\s$/u;
const DOUBLE = /[ \t\u00A0\u2000-\u200A\u202F]{2,}/u;
const BEFORE_PUNCTUATION = /[ \t\u00A0\u2000-\u200A\u202F]+([,;:?!]|\.(?!\.))/u;

const DOUBLE_ALL = new RegExp(DOUBLE.source, "gu");
const BEFORE_PUNCTUATION_ALL = new RegExp(BEFORE_PUNCTUATION.source, "gu");

/** The English with all spacing problems corrected. */
export function fixSpacing(english: string): string {
  return english.replace(DOUBLE_ALL, " ").replace(BEFORE_PUNCTUATION_ALL, "$1").trim();
}

export function checkSpacing(english: string): QaIssue[] {
  if (english.trim() === "") return [];
  const issues: QaIssue[] = [];
  const trimmed = english.trim();
  const edges = EDGES.test(english);
  const double = DOUBLE.test(trimmed);
  const before = BEFORE_PUNCTUATION.exec(trimmed);
  // The fix only when there is something to fix: most units have nothing.
  if (!edges && !double && !before) return issues;
  const fix = fixSpacing(english);
  if (edges) issues.push(qaIssue("spacingEdges", {}, undefined, fix));
  if (double) issues.push(qaIssue("spacingDouble", {}, undefined, fix));
  if (before) issues.push(qaIssue("spacingBeforePunctuation", { char: before[1] }, undefined, fix));
  return issues;
}
