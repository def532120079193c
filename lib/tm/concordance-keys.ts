/**
 * Word-boundary keys for the concordance (the memory's phrase search, LIKE '%…%' on the normalised
 * Hindi, ILIKE on the English). The trigram index answers a two-word phrase as "has both words
 * somewhere", which for two common words is thousands of entries to recheck; what a phrase adds is
 * that its words are neighbours. So every space of a stored text gives one key: the last two
 * characters before it and the first two after it ("…के मे…"). A text containing the phrase
 * "A B … Y Z" (A the end of some word, Z the start of another, the words between whole) has
 * every space of the phrase with the same two characters on either side, provided A and Z have at
 * least two characters each: the phrase's keys are a subset of the entry's, and an index on them
 * (GIN, `@>`) returns the entries to recheck with the LIKE itself — never fewer than the LIKE finds.
 *
 * The English side is compared as ILIKE does, without case: PostgreSQL lowers both sides, so a key
 * folds the letters whose lower case is ASCII (A–Z, and K/İ, whose lower case is k/i), and a
 * phrase is only keyed where its boundary characters have no case PostgreSQL could fold
 * differently (ASCII and Devanagari); any other phrase goes the trigram way.
 */
import { keyHash } from "./keys";

/** The first / last `n` characters (code points, as PostgreSQL counts them). */
const head = (w: string, n: number) => Array.from(w).slice(0, n).join("");
const tail = (w: string, n: number) => Array.from(w).slice(-n).join("");

/** Case as ILIKE compares it, as far as it can make a character ASCII. */
export function foldKeyCase(text: string): string {
  return text.replace(/[A-Z\u212A\u0130]/g, (c) => (c === "\u212A" ? "k" : c === "\u0130" ? "i" : c.toLowerCase()));
}

function boundaries(text: string): string[] {
  const words = text.split(" ");
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${tail(words[i], 2)} ${head(words[i + 1], 2)}`);
  return out;
}

/** The keys of a memory entry: every boundary of its normalised Hindi and of its English (case folded), hashed, distinct. */
export function concordanceKeys(sourceNorm: string, target: string): number[] {
  const out = new Set<number>();
  for (const b of boundaries(sourceNorm)) out.add(keyHash(b));
  for (const b of boundaries(foldKeyCase(target))) out.add(keyHash(b));
  return [...out];
}

/** Characters whose case cannot differ between the key's folding and PostgreSQL's lower(): ASCII and Devanagari. */
const CASE_SAFE = /^[ -~\u0900-\u097F]*$/u;

/**
 * The keys every entry containing `phrase` has (as `concordanceKeys` computes them), or null when
 * the phrase cannot be keyed: a single word, an end word shorter than two characters, an empty
 * word (two spaces), or — with `ignoreCase` — boundary characters of a cased script other than ASCII.
 */
export function phraseKeys(phrase: string, ignoreCase: boolean): number[] | null {
  const words = phrase.split(" ");
  if (words.length < 2 || words.some((w) => w === "")) return null;
  if (Array.from(words[0]).length < 2 || Array.from(words[words.length - 1]).length < 2) return null;
  const keys = boundaries(ignoreCase ? foldKeyCase(phrase) : phrase);
  if (ignoreCase && keys.some((k) => !CASE_SAFE.test(k))) return null;
  return [...new Set(keys.map(keyHash))];
}

/** Characters no lower() changes, and that no lower() produces from another: ASCII other than letters, and Devanagari. */
const CASELESS = /^[\0-@[-`{-\u007F\u0900-\u097F]*$/u;

/**
 * Whether `text` has no character with a case, so that ILIKE '%text%' and LIKE '%text%' find the same
 * rows: lower() leaves such characters as they are and never makes one of them out of a cased letter
 * (lower case of a letter is a letter or a combining mark of its script), so the text occurs in
 * lower(x) exactly where it occurs in x.
 */
export function isCaseless(text: string): boolean {
  return CASELESS.test(text);
}
