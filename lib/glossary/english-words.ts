/**
 * Whole-word, case-insensitive search for English glossary terms in a translation, tolerant of the
 * regular inflections a translator applies (farmer → farmers, policy → policies, minister's).
 * Irregular forms (child → children) are not generated; a glossary wanting them lists them.
 */

export interface EnglishWord {
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*['’]?/gu;

function normalise(word: string): string {
  return word.normalize("NFC").toLowerCase().replaceAll("’", "'");
}

export function tokenizeEnglish(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, word: normalise(m[0]) });
  }
  return out;
}

/** Forms a text word may take for a glossary word; possessive endings are layered on each. */
export function englishVariants(word: string): Set<string> {
  const w = normalise(word);
  const bases = new Set([w, w + "s", w + "es", w + "ed", w + "d", w + "ing"]);
  if (/[^aeiou]y$/.test(w)) {
    bases.add(w.slice(0, -1) + "ies");
    bases.add(w.slice(0, -1) + "ied");
  }
  if (w.endsWith("e")) bases.add(w.slice(0, -1) + "ing");
  const out = new Set<string>();
  for (const b of bases) {
    out.add(b);
    out.add(b + "'s");
    out.add(b + "'");
  }
  return out;
}

export interface EnglishTermSearch {
  /** All non-overlapping occurrences of the term, as [start, end) offsets into the text. */
  find(words: EnglishWord[]): [number, number][];
}

export function compileEnglishTerm(term: string): EnglishTermSearch {
  const parts = tokenizeEnglish(term).map((w) => englishVariants(w.word));
  return {
    find(words) {
      const found: [number, number][] = [];
      if (parts.length === 0) return found;
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((variants, k) => variants.has(words[i + k].word))) {
          found.push([words[i].start, words[i + parts.length - 1].end]);
          i += parts.length - 1;
        }
      }
      return found;
    },
  };
}
