/**
 * `quotes-brackets`: brackets and quotes are balanced in the English, and present when the Hindi
 * has them. A quotation often runs over several sentences (it opens in one unit and closes in a
 * later one), so the English is only held to balance where its own Hindi is balanced.
 * Single curly and straight quotes are not counted for balance: in English they are apostrophes
 * far more often (don’t, farmers').
 */
import { type QaIssue, qaIssue } from "../types";

const PAIRS: [string, string][] = [
  ["(", ")"],
  ["[", "]"],
  ["{", "}"],
];

// Every character counted here is a single UTF-16 unit, so the loops read code units (a string
// iterator per unit of a 100,000-unit document was most of this check's time).
function count(text: string, ch: string): number {
  let n = 0;
  for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) n++;
  return n;
}

function bracketsBalanced(text: string, open: string, close: string): boolean {
  if (!text.includes(open) && !text.includes(close)) return true;
  const o = open.charCodeAt(0);
  const c = close.charCodeAt(0);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    if (u === o) depth++;
    else if (u === c && --depth < 0) return false;
  }
  return depth === 0;
}

function doubleQuotesBalanced(text: string): boolean {
  return count(text, '"') % 2 === 0 && count(text, "“") === count(text, "”");
}

/** Quotation marks of any style; a ' between letters (don't) or after a plural s (farmers') is an apostrophe. */
function hasQuotes(text: string): boolean {
  if (/["“”«»‘]/.test(text)) return true;
  const withoutPossessives = text.replace(/s'(?!\p{L})/gu, "s");
  return /(?<![\p{L}\p{M}])'|'(?![\p{L}\p{M}])/u.test(withoutPossessives);
}

/**
 * Hindi often glosses a word in brackets, in Latin script or transliterated: संक्रमण (ट्रांजिशन),
 * हुआवेई (Huawei). Such a gloss has no place in the English. Brackets with more than three words
 * or with a figure carry content the English should keep (29 of 786 PUD sentences had a gloss,
 * none a longer bracket).
 */
function hindiBracketsWithContent(hindi: string): boolean {
  for (const m of hindi.matchAll(/[([]([^)\]]*)[)\]]/gu)) {
    if (/[\p{N}]/u.test(m[1]) || (m[1].match(/[\p{L}\p{M}]+/gu)?.length ?? 0) > 3) return true;
  }
  return false;
}

/**
 * Every character any of the checks below looks at: brackets, double quotes, the quotes hasQuotes
 * knows and the straight apostrophe. One native scan per text; a unit without any of them (most)
 * has nothing unbalanced and nothing missing, so the counts and expressions below never run.
 */
const MARKS = /[()[\]{}"'“”«»‘]/;
const NO_ISSUES: readonly QaIssue[] = Object.freeze([]);

export function checkQuotesBrackets(hindi: string, english: string): QaIssue[] {
  if (!MARKS.test(hindi) && !MARKS.test(english)) return NO_ISSUES as QaIssue[];
  const issues: QaIssue[] = [];
  if (english.trim() === "") return issues;
  for (const [open, close] of PAIRS) {
    if (bracketsBalanced(hindi, open, close) && !bracketsBalanced(english, open, close)) {
      issues.push(qaIssue("unbalancedBrackets", { open, close }, open));
    }
  }
  if (doubleQuotesBalanced(hindi) && !doubleQuotesBalanced(english)) issues.push(qaIssue("unbalancedQuotes", {}));
  if (hasQuotes(hindi) && !hasQuotes(english)) issues.push(qaIssue("quotesMissing", {}));
  if (hindiBracketsWithContent(hindi) && !/[([]/.test(english)) issues.push(qaIssue("bracketsMissing", {}));
  return issues;
}
