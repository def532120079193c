/**
 * Re-ranking of memory candidates (what PostgreSQL's trigram index returned) by the exact score.
 * The database only narrows a million entries to a few dozen; the order the translator sees is
 * decided here, deterministically: score, then approved before translated, then the newer entry,
 * then the smaller id.
 */
import { keysBound, queryBag, tokenBound } from "./bound";
import { CONTEXT, contextScore, EXACT, fuzzyScore } from "./score";
import { type SubstituteResult, substitutePlaceables } from "./substitute";
import { normaliseTmSource, type TmToken, tokenizeTm } from "./tokenize";

export type TmStatus = "translated" | "approved";

export interface TmCandidate {
  id: number;
  source: string;
  target: string;
  sourceNorm: string;
  status: TmStatus;
  /** Identity (hash) of the normalised previous / next source sentence where the entry came from. */
  prev: string | null;
  next: string | null;
  updatedAt: Date;
  /** tm_entry.keys (retrievalKeys of the source), when the reader fetched them: a cheaper first bound of the score. */
  keys?: readonly number[] | null;
}

export interface TmQuery {
  text: string;
  prev?: string | null;
  next?: string | null;
}

export interface TmMatch<C extends TmCandidate = TmCandidate> {
  candidate: C;
  score: number;
  /** The English to insert: the stored one, or with its numbers/Latin tokens replaced (substitution says which). */
  english: string;
  substitution: SubstituteResult & { substituted: boolean };
}

export interface PreparedQuery {
  norm: string;
  tokens: TmToken[];
  prev: string | null;
  next: string | null;
}

export function prepareQuery(q: TmQuery): PreparedQuery {
  return { norm: normaliseTmSource(q.text), tokens: tokenizeTm(q.text), prev: q.prev ?? null, next: q.next ?? null };
}

const statusRank: Record<TmStatus, number> = { approved: 1, translated: 0 };

export function compareMatches(x: TmMatch, y: TmMatch): number {
  return compareScored(x, y);
}

function compareScored(x: { score: number; candidate: TmCandidate }, y: { score: number; candidate: TmCandidate }): number {
  return (
    y.score - x.score ||
    statusRank[y.candidate.status] - statusRank[x.candidate.status] ||
    y.candidate.updatedAt.getTime() - x.candidate.updatedAt.getTime() ||
    x.candidate.id - y.candidate.id
  );
}

/**
 * The best `limit` candidates scoring at least `min`, in compareMatches order — what sorting every
 * candidate by its exact score would give, without scoring every candidate: they are visited from
 * the highest upper bound of their score (bound.ts) down, and the visit stops at the first whose
 * bound is below the minimum or below the worst match kept once `limit` are kept (a bound equal to
 * it may still win on the tie-breaks, so it is scored). The substitution is computed for the
 * matches returned only; it never changes the order.
 */
export function rankMatches<C extends TmCandidate>(
  query: PreparedQuery,
  text: string,
  candidates: readonly C[],
  opts: { min: number; limit: number },
): TmMatch<C>[] {
  if (opts.limit <= 0) return [];
  const bag = queryBag(query.tokens);
  const visits = candidates.map((c) => {
    const same = c.sourceNorm === query.norm;
    return { c, same, bound: same ? CONTEXT : c.keys ? keysBound(bag, c.keys) : EXACT - 1 };
  });
  visits.sort((x, y) => y.bound - x.bound);
  const kept: { candidate: C; score: number }[] = [];
  const floor = () => (kept.length < opts.limit ? opts.min : kept[kept.length - 1].score);
  for (const { c, same, bound } of visits) {
    if (bound < floor()) break;
    const tokens = tokenizeTm(c.source);
    if (!same && tokenBound(bag, tokens) < floor()) continue;
    const score = contextScore(fuzzyScore(query.tokens, tokens, same), query, c);
    if (score < floor()) continue;
    const match = { candidate: c, score };
    let at = kept.length;
    while (at > 0 && compareScored(match, kept[at - 1]) < 0) at--;
    if (at < opts.limit) kept.splice(at, 0, match);
    if (kept.length > opts.limit) kept.pop();
  }
  return kept.map(({ candidate: c, score }) => {
    const substitution: SubstituteResult =
      score >= 100 ? { substituted: false, english: c.target } : substitutePlaceables(text, c.source, c.target);
    return { candidate: c, score, english: substitution.english, substitution };
  });
}
