/**
 * Whether the concordance should walk on in its order after the first window, or ask an index
 * (features/tm/data.ts, searchMemory). The walk reads entries in the concordance's order and stops at
 * the `limit`-th match: with `hits` matches in the first `window` entries it expects to read about
 * limit × window / hits entries. An index reads every match (and the entries its keys cannot tell
 * apart), at random, before it can sort them: about hits × entries / window rows, each costing
 * `indexRowCost` walked entries. So the walk wins when the query is common in a large memory; with a
 * few matches in the window an index wins however large the memory is.
 */
export interface WalkOnInput {
  /** Matches found in the first window (fewer than the limit, or there is nothing to decide). */
  hits: number;
  window: number;
  limit: number;
  /** Entries of the project (an estimate); 0 when unknown. */
  entries: number;
  /** What an index row costs, in walked entries (measured: features/tm/data.ts). */
  indexRowCost: number;
  /** Fewest matches in the window to walk on at all (below it the estimate is noise). */
  minHits: number;
}

export function shouldWalkOn(input: WalkOnInput): boolean {
  const { hits, window, limit, entries, indexRowCost, minHits } = input;
  if (hits < minHits || hits >= limit) return false;
  const walked = (limit * window) / hits;
  const indexRows = (hits * entries) / window;
  return walked < indexRows * indexRowCost;
}
