/**
 * Find and find-and-replace over a unit's text: the one definition the editor's find bar (hits
 * highlighted in the rows) and the server's replace-all (features/replace) share, so the preview,
 * the highlight and the write can never disagree about what matches.
 *
 * The query is always literal: "a.*b" finds the five characters a.*b. There is no regex option —
 * a translator replaces words and phrases, and a pattern language would bring catastrophic
 * backtracking (and a guard for it) for little gain. The pattern built here is an escaped literal
 * (plus fixed word-boundary look-arounds), which the regex engine matches in linear time.
 */
export interface FindOptions {
  /** "Apple" does not find "apple". Off by default. */
  matchCase?: boolean;
  /** Only whole words: "cat" does not find "category". Off by default. */
  wholeWord?: boolean;
}

/** The longest find or replacement text accepted (a phrase, not a document). */
export const MAX_FIND_LENGTH = 500;

export interface Range {
  start: number;
  end: number;
}

const SPECIAL = /[.*+?^${}()|[\]\\/-]/g;

/** The query as a pattern, or null when there is nothing to find. */
export function findPattern(query: string, options: FindOptions = {}): RegExp | null {
  const literal = query.normalize("NFC");
  if (literal === "" || literal.length > MAX_FIND_LENGTH) return null;
  let source = literal.replace(SPECIAL, "\\$&");
  // A word is letters (with their Devanagari vowel signs), digits and the underscore.
  if (options.wholeWord) source = `(?<![\\p{L}\\p{M}\\p{N}_])${source}(?![\\p{L}\\p{M}\\p{N}_])`;
  return new RegExp(source, options.matchCase ? "gu" : "giu");
}

/** Where the query occurs in the text, left to right, without overlaps. */
export function findRanges(text: string, query: string, options: FindOptions = {}): Range[] {
  const pattern = findPattern(query, options);
  if (!pattern) return [];
  const ranges: Range[] = [];
  for (const m of text.matchAll(pattern)) ranges.push({ start: m.index, end: m.index + m[0].length });
  return ranges;
}

/**
 * The text with every occurrence replaced. The replacement is literal too: "$&" or "$1" in it are
 * those characters, not references to the match.
 */
export function replaceAllLiteral(
  text: string,
  query: string,
  replacement: string,
  options: FindOptions = {},
): { text: string; count: number } {
  const pattern = findPattern(query, options);
  if (!pattern) return { text, count: 0 };
  let count = 0;
  const replaced = text.replace(pattern, () => {
    count++;
    return replacement;
  });
  return { text: replaced, count };
}

/** A text split into what matched and what did not, for rendering hits as <mark>. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; hit: boolean; at: number }[] {
  const parts: { text: string; hit: boolean; at: number }[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parts.push({ text: text.slice(at, r.start), hit: false, at });
    parts.push({ text: text.slice(r.start, r.end), hit: true, at: r.start });
    at = r.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false, at });
  return parts;
}
