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

/** Whether the text's last character is \s (every \s character is one UTF-16 code unit). */
function endsInSpace(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(text.length - 1);
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

/** The English with all spacing problems corrected. */
export function fixSpacing(english: string): string {
  return english.replace(DOUBLE_ALL, " ").replace(BEFORE_PUNCTUATION_ALL, "$1").trim();
}

/**
 * What DOUBLE and BEFORE_PUNCTUATION need to match at all: a spacing character other than the
 * plain space, or a plain space before a space or a mark. Text without it (most English) has
 * neither, so a unit whose ends are not whitespace either is done after one native scan; EDGES
 * would try \s$ at every position of the text.
 */
const MAY_BE_MISSPACED = /[\t\u00A0\u2000-\u200A\u202F]| [ ,;:?!.]/;
const EDGE_START = /^\s/u;
const NO_ISSUES: readonly QaIssue[] = Object.freeze([]);

export function checkSpacing(english: string): QaIssue[] {
  if (!MAY_BE_MISSPACED.test(english) && !EDGE_START.test(english) && !endsInSpace(english)) return NO_ISSUES as QaIssue[];
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
