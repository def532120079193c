/**
 * `end-punctuation`: the English ends the way its Hindi does. The danda (।) and the double danda
 * (॥) end a Hindi sentence where English has a full stop; ?, ! and the ellipsis are shared.
 * Closing quotes and brackets are looked through on both sides, because English puts the full
 * stop inside the quote ("…here.”) where Hindi writes it either way (”। or ।”).
 *
 * A danda in the English is always wrong (a copy-paste from the source) and has a safe fix.
 */
import { type QaIssue, qaIssue } from "../types";

const OPENERS = /^[\s"'“‘«‹(]+/u;

type End = "." | "?" | "!" | "…" | ":" | ";" | "";

/** Whether the code unit is one of CLOSERS' class ([\s"'”’»›)\]}]; each is one code unit). */
function isCloser(c: number): boolean {
  if (c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x7d || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a)
    return true;
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
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

/** What text.replace(CLOSERS, "") leaves, without the expression (tried at every position). */
function withoutClosers(text: string): string {
  let end = text.length;
  while (end > 0 && isCloser(text.charCodeAt(end - 1))) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** The unit's final punctuation mark, with Hindi marks mapped to the English ones. */
export function endMark(text: string): End {
  const core = withoutClosers(text);
  if (/(?:\.\.\.|…)$/.test(core)) return "…";
  const last = core.slice(-1);
  if (last === "।" || last === "॥" || last === ".") return ".";
  if (last === "?" || last === "!" || last === ":" || last === ";") return last;
  return "";
}

function wholeQuoted(text: string): boolean {
  const t = text.trim();
  return /^["“‘']/.test(t) && /["”’'][\s।॥.?!]*$/.test(t);
}

export function checkEndPunctuation(hindi: string, english: string): QaIssue[] {
  const issues: QaIssue[] = [];
  if (/[।॥]/.test(english)) {
    const fix = english.replace(/\s*[।॥]+/g, ".").replace(/\.{2,}(?!\.)/g, ".");
    issues.push(qaIssue("dandaInEnglish", {}, undefined, fix));
  }
  if (english.trim() === "") return issues;
  const h = endMark(hindi);
  const e = endMark(english.replace(/[।॥]/g, "."));
  if (h !== e) {
    const hindiMark = withoutClosers(hindi).slice(-1);
    if (h && !e) issues.push(qaIssue("endPunctuationMissing", { hindi: hindiMark, expected: h }));
    else if (!h && e) issues.push(qaIssue("endPunctuationExtra", { english: e }));
    else issues.push(qaIssue("endPunctuationDifferent", { hindi: hindiMark, english: e, expected: h }, `${h}:${e}`));
  }
  // Only a wholly quoted Hindi unit asks for the quote at the end: with reported speech English
  // often moves the speaker ("…,” he said.) where Hindi ends on the quote.
  if (wholeQuoted(hindi) && !/["”’']\s*$/.test(english.trim()) && OPENERS.test(english)) {
    issues.push(qaIssue("endQuoteMissing", {}));
  }
  return issues;
}
