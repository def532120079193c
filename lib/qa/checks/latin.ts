/**
 * `latin`: Latin-script tokens inside the Hindi (acronyms such as GST or ISRO, names kept in Latin
 * script, URLs, e-mail addresses, product codes such as A320 or COVID-19) normally pass into the
 * English unchanged. Compared case-insensitively, as whole tokens, allowing a plural or possessive
 * ending in the English (ISRO's, PhDs).
 */
import { type QaIssue, qaIssue } from "../types";

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"“”।॥]+[^\s<>"“”।॥.,;:!?)\]'’]/giu;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
const TOKEN = /(?<![\p{L}\p{M}\p{N}])[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*/gu;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A URL and a token need an ASCII letter, an e-mail address an @: Hindi without either has none.
const MAYBE_LATIN = /[A-Za-z@]/;

export function latinTokens(hindi: string): string[] {
  if (!MAYBE_LATIN.test(hindi)) return [];
  const found: string[] = [];
  let rest = hindi;
  for (const pattern of [URL, EMAIL]) {
    for (const m of rest.matchAll(pattern)) found.push(m[0]);
    rest = rest.replace(pattern, " ");
  }
  for (const m of rest.matchAll(TOKEN)) found.push(m[0]);
  return [...new Set(found)];
}

export function checkLatin(hindi: string, english: string): QaIssue[] {
  const issues: QaIssue[] = [];
  for (const token of latinTokens(hindi)) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(token)}(?:['’]?s)?(?![\\p{L}\\p{N}])`, "iu");
    if (!pattern.test(english)) issues.push(qaIssue("latinMissing", { token }, token.toLowerCase()));
  }
  return issues;
}
