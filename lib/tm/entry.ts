/**
 * What a memory entry stores beside the pair itself, computed once where it is written (a unit's
 * save, an import): the normalised source, its retrieval keys, and the normalised neighbours whose
 * md5 the database keeps for 101 % matches. The start or end of a document is the empty sentence.
 */
import { retrievalKeys } from "./keys";
import { normaliseTmSource, tokenizeTm } from "./tokenize";

export interface TmEntryInput {
  sourceNorm: string;
  keys: number[];
  /** Normalised previous / next source sentence ("" at a document's edge), null when unknown. */
  prevNorm: string | null;
  nextNorm: string | null;
}

export function describeEntry(source: string, prev: string | null | undefined, next: string | null | undefined): TmEntryInput {
  return {
    sourceNorm: normaliseTmSource(source),
    keys: retrievalKeys(tokenizeTm(source)),
    prevNorm: prev === undefined || prev === null ? null : normaliseTmSource(prev),
    nextNorm: next === undefined || next === null ? null : normaliseTmSource(next),
  };
}

/**
 * The keys a lookup asks the index for: pairs of the query's rarest keys. An entry shares at least
 * two of the `rarest` rarest content words with every near-duplicate (one word changed can remove at
 * most one of them), while two rare words rarely occur together by chance, so the index returns a
 * few dozen rows where "any shared word" would return a hundred thousand. `frequency` is what the
 * database knows of a key's share of entries (0 when it is not among the most common ones).
 */
export function rarestPairs(keys: readonly number[], frequency: (key: number) => number, rarest = 5): number[][] {
  const ordered = [...keys].sort((a, b) => frequency(a) - frequency(b) || a - b).slice(0, rarest);
  if (ordered.length < 2) return ordered.map((k) => [k]);
  const pairs: number[][] = [];
  for (let i = 0; i < ordered.length; i++) for (let j = i + 1; j < ordered.length; j++) pairs.push([ordered[i], ordered[j]]);
  return pairs;
}
