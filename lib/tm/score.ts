/**
 * The fuzzy-match score of the translation memory (docs/translation-memory.md has the formula with
 * worked examples). Like OmegaT's, it is a token-level edit distance turned into a similarity:
 *
 *   score = floor(100 × (1 − d(A, B) / max(W(A), W(B))))
 *
 * where W is the summed weight of a sentence's tokens and d the weighted Levenshtein distance over
 * tokens (inserting or deleting a token costs its weight; replacing one costs the larger weight, or
 * only PLACEABLE_WEIGHT when a placeable is replaced by one of the same kind: another number, another
 * Latin word). Words weigh 1; numbers, Latin tokens and punctuation weigh PLACEABLE_WEIGHT, so
 * "₹500 करोड़" against "₹700 करोड़" stays a high fuzzy match instead of losing a whole word.
 *
 * Fixed points: identical normalised text (normaliseTmSource) scores 100 and nothing else does (a
 * different text that tokenises identically, e.g. only spacing around a danda, is capped at 99);
 * 101 is the 100 whose previous and next source sentences match too (contextScore).
 * Deterministic: no randomness, no locale, integer result.
 */
import type { TmToken } from "./tokenize";

export const PLACEABLE_WEIGHT = 0.2;
export const EXACT = 100;
export const CONTEXT = 101;

export function tokenWeight(t: TmToken): number {
  return t.kind === "word" ? 1 : PLACEABLE_WEIGHT;
}

function substitutionCost(a: TmToken, b: TmToken): number {
  if (a.key === b.key) return 0;
  if (a.kind === b.kind && a.kind !== "word") return PLACEABLE_WEIGHT;
  return Math.max(tokenWeight(a), tokenWeight(b));
}

export type EditOp =
  | { op: "same"; a: number; b: number }
  | { op: "replace"; a: number; b: number }
  | { op: "delete"; a: number }
  | { op: "insert"; b: number };

interface Distance {
  distance: number;
  /** Alignment of A's tokens to B's, in order (only when asked for). */
  ops?: EditOp[];
}

/** Weighted token Levenshtein distance (two rows, or the full table when the alignment is wanted). */
export function tokenDistance(a: readonly TmToken[], b: readonly TmToken[], withOps = false): Distance {
  const n = a.length;
  const m = b.length;
  const wa = a.map(tokenWeight);
  const wb = b.map(tokenWeight);
  if (!withOps) {
    let prev = new Float64Array(m + 1);
    let cur = new Float64Array(m + 1);
    for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + wb[j - 1];
    for (let i = 1; i <= n; i++) {
      cur[0] = prev[0] + wa[i - 1];
      for (let j = 1; j <= m; j++) {
        cur[j] = Math.min(prev[j] + wa[i - 1], cur[j - 1] + wb[j - 1], prev[j - 1] + substitutionCost(a[i - 1], b[j - 1]));
      }
      [prev, cur] = [cur, prev];
    }
    return { distance: prev[m] };
  }
  const cols = m + 1;
  const d = new Float64Array((n + 1) * cols);
  for (let j = 1; j <= m; j++) d[j] = d[j - 1] + wb[j - 1];
  for (let i = 1; i <= n; i++) {
    d[i * cols] = d[(i - 1) * cols] + wa[i - 1];
    for (let j = 1; j <= m; j++) {
      d[i * cols + j] = Math.min(
        d[(i - 1) * cols + j] + wa[i - 1],
        d[i * cols + j - 1] + wb[j - 1],
        d[(i - 1) * cols + j - 1] + substitutionCost(a[i - 1], b[j - 1]),
      );
    }
  }
  const ops: EditOp[] = [];
  const eq = (x: number, y: number) => Math.abs(x - y) < 1e-9;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = d[i * cols + j];
    if (i > 0 && j > 0 && eq(here, d[(i - 1) * cols + j - 1] + substitutionCost(a[i - 1], b[j - 1]))) {
      ops.push({ op: a[i - 1].key === b[j - 1].key ? "same" : "replace", a: i - 1, b: j - 1 });
      i--;
      j--;
    } else if (i > 0 && eq(here, d[(i - 1) * cols + j] + wa[i - 1])) {
      ops.push({ op: "delete", a: i - 1 });
      i--;
    } else {
      ops.push({ op: "insert", b: j - 1 });
      j--;
    }
  }
  return { distance: d[n * cols + m], ops: ops.reverse() };
}

function totalWeight(tokens: readonly TmToken[]): number {
  let w = 0;
  for (const t of tokens) w += tokenWeight(t);
  return w;
}

/**
 * The score (0–100) of a stored source against the sentence being translated. `sameNormalised`
 * says whether the two normalised texts are identical; only then is the score 100.
 */
export function fuzzyScore(query: readonly TmToken[], stored: readonly TmToken[], sameNormalised: boolean): number {
  if (sameNormalised) return EXACT;
  const max = Math.max(totalWeight(query), totalWeight(stored));
  if (max === 0) return 0;
  const { distance } = tokenDistance(query, stored);
  // The epsilon keeps floating-point sums of 0.2 (0.6000000000000001) from costing a point.
  const raw = Math.floor(100 * (1 - distance / max) + 1e-9);
  return Math.max(0, Math.min(EXACT - 1, raw));
}

/**
 * 101 when an exact match's neighbours match too (both previous and next normalised sources, or
 * their hashes). null means "not known" (a lookup of a lone sentence, an entry imported from a TMX
 * without context) and never matches; the start or end of a document is a known neighbour, which
 * callers write as the empty sentence's identity.
 */
export function contextScore(
  score: number,
  query: { prev: string | null; next: string | null },
  stored: { prev: string | null; next: string | null },
): number {
  if (score !== EXACT || query.prev === null || query.next === null) return score;
  return query.prev === stored.prev && query.next === stored.next ? CONTEXT : EXACT;
}
