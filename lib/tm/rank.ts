/**
 * Re-ranking of memory candidates (what PostgreSQL's trigram index returned) by the exact score.
 * The database only narrows a million entries to a few dozen; the order the translator sees is
 * decided here, deterministically: score, then approved before translated, then the newer entry,
 * then the smaller id.
 */
import { contextScore, fuzzyScore } from "./score";
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
  return (
    y.score - x.score ||
    statusRank[y.candidate.status] - statusRank[x.candidate.status] ||
    y.candidate.updatedAt.getTime() - x.candidate.updatedAt.getTime() ||
    x.candidate.id - y.candidate.id
  );
}

export function rankMatches<C extends TmCandidate>(
  query: PreparedQuery,
  text: string,
  candidates: readonly C[],
  opts: { min: number; limit: number },
): TmMatch<C>[] {
  const scored: TmMatch<C>[] = [];
  for (const c of candidates) {
    const fuzzy = fuzzyScore(query.tokens, tokenizeTm(c.source), c.sourceNorm === query.norm);
    const score = contextScore(fuzzy, query, c);
    if (score < opts.min) continue;
    const substitution: SubstituteResult =
      score >= 100 ? { substituted: false, english: c.target } : substitutePlaceables(text, c.source, c.target);
    scored.push({ candidate: c, score, english: substitution.english, substitution });
  }
  return scored.sort(compareMatches).slice(0, opts.limit);
}
