/**
 * Upper bounds of the fuzzy score (score.ts) that cost a fraction of the edit distance, so that
 * re-ranking (rank.ts) can skip a candidate that cannot reach the minimum or displace the matches
 * already kept — the analysis of a document re-ranks hundreds of thousands of candidates, most of
 * them sharing two rare words with the sentence and little else.
 *
 * Why they hold: an alignment pays 0 only for a pair of tokens with the same key, and every other
 * token it touches costs at least its own weight (deleting it costs its weight; replacing it costs
 * the larger weight, or PLACEABLE_WEIGHT for a placeable by one of its kind, which is a placeable's
 * weight). So with M the weight of the multiset intersection of the two sentences' keys,
 * d ≥ W(Q) − M and d ≥ W(S) − M, i.e. d ≥ max(W(Q), W(S)) − M, and
 *
 *   score = floor(100 × (1 − d / max)) ≤ floor(100 × M / max).
 *
 * Weights are counted in units of PLACEABLE_WEIGHT (a word is 5, a placeable 1), so the bound is
 * integer arithmetic and never a rounding error above the score it bounds.
 */
import { keyHash } from "./keys";
import { EXACT, PLACEABLE_WEIGHT } from "./score";
import type { TmToken } from "./tokenize";

/** Weight units of a word; a placeable is 1. */
const WORD_UNITS = Math.round(1 / PLACEABLE_WEIGHT);
const units = (t: TmToken) => (t.kind === "word" ? WORD_UNITS : 1);

export interface QueryBag {
  /** W(Q) in units. */
  weight: number;
  /** key → summed units of the query's tokens with that key. */
  byKey: Map<string, number>;
  /** Retrieval-key hash (keys.ts) → summed units of the query's words and Latin tokens with that hash. */
  byHash: Map<number, number>;
  /** Units of the query's numbers and punctuation (not among the retrieval keys). */
  unkeyed: number;
}

export function queryBag(tokens: readonly TmToken[]): QueryBag {
  const byKey = new Map<string, number>();
  const byHash = new Map<number, number>();
  let weight = 0;
  let unkeyed = 0;
  for (const t of tokens) {
    const u = units(t);
    weight += u;
    byKey.set(t.key, (byKey.get(t.key) ?? 0) + u);
    // The tokens retrievalKeys hashes: words and Latin tokens.
    if (t.kind === "word" || t.kind === "latin") byHash.set(keyHash(t.key), (byHash.get(keyHash(t.key)) ?? 0) + u);
    else unkeyed += u;
  }
  return { weight, byKey, byHash, unkeyed };
}

function bound(matched: number, max: number): number {
  if (max === 0) return 0;
  return Math.max(0, Math.min(EXACT - 1, Math.floor((100 * matched) / max)));
}

/** An upper bound of fuzzyScore(query, stored, false) from the stored sentence's tokens. */
export function tokenBound(query: QueryBag, stored: readonly TmToken[]): number {
  const used = new Map<string, number>();
  let weight = 0;
  let matched = 0;
  for (const t of stored) {
    const u = units(t);
    weight += u;
    const available = (query.byKey.get(t.key) ?? 0) - (used.get(t.key) ?? 0);
    if (available > 0) {
      const m = Math.min(u, available);
      matched += m;
      used.set(t.key, (used.get(t.key) ?? 0) + m);
    }
  }
  return bound(matched, Math.max(query.weight, weight));
}

/**
 * An upper bound of fuzzyScore(query, stored, false) from the stored entry's retrieval keys alone
 * (the distinct hashes of its words and Latin tokens, tm_entry.keys), before its text is tokenised.
 * Valid only while tm_entry.keys is retrievalKeys(tokenizeTm(source)), which every writer stores and
 * retrieval relies on already. A lower bound L of d comes from the keys: the intersection is at most
 * the query's numbers and punctuation plus its keyed tokens whose hash the entry has (L ≥ W(Q) − M),
 * and each of the entry's hashes the query lacks is a token of at least one unit that nothing in the
 * query matches. W(S) is unknown: with d ≥ max(L, |W(Q) − W(S)|), 1 − d / max(W(Q), W(S)) is largest
 * at W(S) = W(Q) + L, which gives score ≤ floor(100 × W(Q) / (W(Q) + L)).
 */
export function keysBound(query: QueryBag, storedKeys: readonly number[]): number {
  const stored = new Set(storedKeys);
  let matched = query.unkeyed;
  for (const [hash, u] of query.byHash) if (stored.has(hash)) matched += u;
  let foreign = 0;
  for (const k of stored) if (!query.byHash.has(k)) foreign++;
  // d ≥ W(Q) − M and d ≥ (units of the entry's words the query lacks) ≥ foreign.
  const lower = Math.max(query.weight - matched, foreign);
  return bound(query.weight, query.weight + lower);
}
