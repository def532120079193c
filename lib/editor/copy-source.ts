/**
 * Copying from the Hindi into the English (the "copy source to target" of every CAT tool). What a
 * translator retypes most is what does not translate: numbers, and Latin-script words, names,
 * codes and links embedded in the Hindi. Devanagari digits become ASCII ones (English text uses
 * them: ५०० → 500); Indian digit grouping (1,00,000) and decimals are kept as written.
 */

const DEVANAGARI_ZERO = 0x0966;

/** A number (digits of either script, with separators, a sign or per cent) or a Latin token (COVID-19, e-mail, www.x.org). */
const TOKEN = /[+-]?[0-9\u0966-\u096F]+(?:[.,:/-][0-9\u0966-\u096F]+)*%?|[A-Za-z0-9][A-Za-z0-9]*(?:[-_.'’/@&+][A-Za-z0-9]+)*/g;

export function asciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - DEVANAGARI_ZERO));
}

/** The numbers and Latin tokens of a Hindi text, in order, as they go into English. */
export function sourceTokens(hindi: string): string[] {
  return [...hindi.matchAll(TOKEN)].map((m) => asciiDigits(m[0]));
}

/**
 * The English after inserting `insert` at the selection [start, end): separated by a space from
 * the text before it, as when typed. Returns the text and where the caret goes.
 */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const before = text.slice(0, start);
  const spacer = before && !/\s$/.test(before) && insert ? " " : "";
  return { text: `${before}${spacer}${insert}${text.slice(end)}`, caret: start + spacer.length + insert.length };
}
