/**
 * Normalisation and tokens of a translation-memory source sentence. Two Hindi sentences that differ
 * only in how they were typed (NFC, nukta on borrowed sounds, chandrabindu/anusvara, हिन्दी/हिंदी,
 * Devanagari or ASCII digits, joiners, case of embedded Latin words) must be the same memory entry,
 * so the memory folds exactly as the glossary does (lib/glossary/fold.ts) on top of the segment
 * normalisation every stored text gets (lib/text/normalise.ts).
 */
import { foldHindi, foldWord } from "@/lib/glossary/fold";
import { normaliseText } from "@/lib/text/normalise";

/**
 * word: a Hindi (or other script) word; number: digits with their grouping; latin: a word of
 * Latin letters (names, acronyms, "COVID-19"'s parts); punct: one punctuation or symbol character.
 * number, latin and punct are placeables: they cost little in the score, and a number or Latin
 * token that is the only difference can be carried into the English (see substitute.ts).
 */
export type TmTokenKind = "word" | "number" | "latin" | "punct";

export interface TmToken {
  kind: TmTokenKind;
  /** The token as written in the (NFC-normalised) sentence, for display and substitution. */
  text: string;
  /** What the score compares: the folded word, or a number without its grouping ("1,00,000" → "100000"). */
  key: string;
}

/** The memory's comparison form of a sentence: segment normalisation + the glossary's folding, one space between words. */
export function normaliseTmSource(text: string): string {
  return foldHindi(normaliseText(text)).folded.replace(/ {2,}/g, " ").trim();
}

// Numbers first: \p{Nd} covers ASCII and Devanagari digits; "1,00,000", "12.5", "2,024" stay one token.
// A hyphen or dash separates like a space, as the folding treats it (बस-स्टैंड = बस स्टैंड).
const TOKEN_RE = /(\p{Nd}+(?:[.,]\p{Nd}+)*)|([\p{L}\p{M}\p{Nd}\u200c\u200d]+)|([^\s\-\u2010\u2011])/gu;
const LATIN_RE = /^[A-Za-z0-9\u00C0-\u024F]+$/;

/** The number a digit string stands for, without grouping: Devanagari digits become ASCII. */
export function numberKey(text: string): string {
  const ascii = text.replace(/[\u0966-\u096F]/g, (d) => String(d.charCodeAt(0) - 0x0966));
  // A single comma or dot followed by 1–2 digits at the end is a decimal part (12.5, 3,75 in some
  // sources); every other separator is grouping — Indian (1,00,000) or Western (100,000).
  const decimal = ascii.match(/^(.*?)[.]([0-9]{1,2})$/);
  const whole = (decimal ? decimal[1] : ascii).replace(/[.,]/g, "");
  const trimmed = whole.replace(/^0+(?=\d)/, "");
  return decimal ? `${trimmed}.${decimal[2]}` : trimmed;
}

export function tokenizeTm(text: string): TmToken[] {
  const nfc = normaliseText(text);
  const tokens: TmToken[] = [];
  for (const m of nfc.matchAll(TOKEN_RE)) {
    if (m[1] !== undefined) tokens.push({ kind: "number", text: m[1], key: numberKey(m[1]) });
    else if (m[2] !== undefined) {
      const latin = LATIN_RE.test(m[2]) && /[A-Za-z\u00C0-\u024F]/.test(m[2]);
      tokens.push({ kind: latin ? "latin" : "word", text: m[2], key: foldWord(m[2]).replace(/[\u200c\u200d]/g, "") });
    } else tokens.push({ kind: "punct", text: m[3], key: m[3] });
  }
  return tokens;
}

/** Words as an analysis counts them (Matecat, memoQ): every token but punctuation. */
export function countWords(tokens: readonly TmToken[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== "punct") n++;
  return n;
}
