/**
 * The glossary terms of a unit as Alt+Shift+1…9 numbers them: each entry once (a term found in two
 * sentences is one number), in the order they occur, with the English that key inserts (the first
 * that is not forbidden). The numbered list in the active row and the key handler both read this,
 * so the number shown is the term inserted.
 */
export const TERM_KEYS = 9;

export interface TermLike {
  entryId: string;
  hindi: string;
  english: readonly { text: string; status: string }[];
}

export interface NumberedTerm<T extends TermLike> {
  n: number;
  term: T;
  /** What the key inserts; null when every English of the entry is forbidden. */
  insert: string | null;
}

export function numberedTerms<T extends TermLike>(terms: readonly T[]): NumberedTerm<T>[] {
  const distinct = [...new Map(terms.map((term) => [term.entryId, term])).values()];
  return distinct.slice(0, TERM_KEYS).map((term, i) => ({
    n: i + 1,
    term,
    insert: term.english.find((e) => e.status !== "forbidden")?.text ?? null,
  }));
}
