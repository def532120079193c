/**
 * Gale & Church (1993) length model: the English length of a bead is normally distributed around
 * c · Hindi length with variance s2 · length. Costs are negative log probabilities (nats).
 */

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
