/**
 * Gale & Church (1993) length model: the English length of a bead is normally distributed around
 * c · Hindi length with variance s2 · length. Costs are negative log probabilities (nats).
 */

export interface LengthModel {
  /** Expected English code points per Hindi code point. */
  c: number;
  /** Variance of the English length per unit of length. */
  s2: number;
}

/**
 * Hindi → English in code points, measured on the 786 one-to-one pairs of the PUD gold set
 * (news and Wikipedia, professionally translated): c = 0.993 (total English / total Hindi
 * length) and s2 = 2.14 (robust: median z² / 0.455, as estimateVariance does per document;
 * the plain mean gives 2.09). The aligner estimates both per document; QA, which checks one unit
 * at a time, uses these.
 */
export const HINDI_ENGLISH_LENGTH: LengthModel = { c: 0.993, s2: 2.14 };

/**
 * ln erfc(x) for x ≥ 0 via the Numerical Recipes Chebyshev fit (relative error < 1.2e-7).
 * Taking the log of the fit's factors directly never underflows, so grossly mismatched beads
 * still get finite, ordered costs instead of Infinity.
 */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

/** Standardised length discrepancy of a bead with Hindi length l1 and English length l2. */
export function lengthZ(l1: number, l2: number, c: number, s2: number): number {
  // the mean of both sides' estimates keeps the model symmetric when one side is tiny
  const mean = Math.max(1, (l1 + l2 / c) / 2);
  return (l2 - c * l1) / Math.sqrt(s2 * mean);
}

/** −ln P(|Z| ≥ |z|): 0 for a perfect length match, growing like z²/2. */
export function lengthCost(l1: number, l2: number, c: number, s2: number): number {
  const z = Math.abs(lengthZ(l1, l2, c, s2));
  return -logErfc(z / Math.SQRT2);
}
