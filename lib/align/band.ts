/**
 * The search band: for every DP row i (Hindi sentences consumed) a column range [lo, hi] of
 * English sentences consumed. Cells are stored row after row, so memory is the band's area.
 */
import type { Bead } from "./types";

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
  /** Start of row i in the flat cell arrays. */
  offset: Int32Array;
  size: number;
}

/** Cell index of (i, j), or -1 when it lies outside the band. */
export function cellIndex(band: Band, i: number, j: number): number {
  if (i < 0 || j < band.lo[i] || j > band.hi[i]) return -1;
  return band.offset[i] + j - band.lo[i];
}

/**
 * Band from a lower and an upper guide column per row (both non-decreasing, lower[i] ≤
 * upper[i - 1] + 2) widened by w. The guide condition keeps consecutive rows overlapping, so
 * (n, m) stays reachable even when the guide jumps over a long one-sided passage.
 */
export function bandFromGuide(lower: Float64Array, upper: Float64Array, m: number, w: number): Band {
  const rows = lower.length;
  const lo = new Int32Array(rows);
  const hi = new Int32Array(rows);
  const offset = new Int32Array(rows + 1);
  for (let i = 0; i < rows; i++) {
    lo[i] = Math.max(0, Math.floor(lower[i]) - w);
    hi[i] = Math.min(m, Math.ceil(upper[i]) + w);
    if (i > 0) lo[i] = Math.max(lo[i], lo[i - 1]);
  }
  lo[0] = 0;
  hi[rows - 1] = m;
  for (let i = 0; i < rows; i++) offset[i + 1] = offset[i] + hi[i] - lo[i] + 1;
  return { lo, hi, offset, size: offset[rows] };
}

/** Longest chain of pairs increasing in both coordinates (patience sorting, O(k log k)). */
export function longestChain(pairs: [number, number][]): [number, number][] {
  // j descending within one i, so a strictly increasing j never takes two pairs of the same row
  const sorted = [...pairs].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Int32Array(sorted.length).fill(-1);
  sorted.forEach(([, j], k) => {
    let a = 0;
    let b = tails.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (tails[mid] < j) a = mid + 1;
      else b = mid;
    }
    prev[k] = a > 0 ? tailIdx[a - 1] : -1;
    tails[a] = j;
    tailIdx[a] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length ? tailIdx[tails.length - 1] : -1; k >= 0; k = prev[k]) chain.push(sorted[k]);
  return chain.reverse();
}

/**
 * Expected English column for every Hindi row: piecewise through the anchor knots and, between
 * knots, proportional to cumulative length, which follows the true path far better than a
 * straight line when sentence lengths vary.
 */
export function guideThrough(knots: [number, number][], hiCum: Float64Array, enCum: Float64Array): Float64Array {
  const n = hiCum.length - 1;
  const f = new Float64Array(n + 1);
  let j = 0;
  for (let k = 0; k + 1 < knots.length; k++) {
    const [x0, y0] = knots[k];
    const [x1, y1] = knots[k + 1];
    const span = hiCum[x1] - hiCum[x0];
    for (let x = x0; x <= x1; x++) {
      const frac = span > 0 ? (hiCum[x] - hiCum[x0]) / span : x1 > x0 ? (x - x0) / (x1 - x0) : 1;
      const target = enCum[y0] + frac * (enCum[y1] - enCum[y0]);
      if (j < y0) j = y0;
      while (j < y1 && enCum[j + 1] <= target) j++;
      const step = j < y1 ? enCum[j + 1] - enCum[j] : 0;
      f[x] = step > 0 ? j + (target - enCum[j]) / step : j;
    }
  }
  return f;
}

/** Knots (0,0) … (n,m) through anchor pairs that agree with each other and with the lengths. */
export function anchorKnots(pairs: [number, number][], hiCum: Float64Array, enCum: Float64Array, window: number): [number, number][] {
  const n = hiCum.length - 1;
  const m = enCum.length - 1;
  const diagonal = guideThrough(
    [
      [0, 0],
      [n, m],
    ],
    hiCum,
    enCum,
  );
  const plausible = pairs.filter(([i, j]) => Math.abs(j - diagonal[i]) <= window);
  const knots: [number, number][] = [[0, 0]];
  for (const [i, j] of longestChain(plausible)) {
    const [pi, pj] = knots[knots.length - 1];
    if (i >= pi && j >= pj && i + 1 <= n && j + 1 <= m) {
      if (i > pi || j > pj) knots.push([i, j]);
      knots.push([i + 1, j + 1]);
    }
  }
  const [li, lj] = knots[knots.length - 1];
  if (li < n || lj < m) knots.push([n, m]);
  return knots;
}

/** Band of half-width w around a guide column per row. */
export function bandAroundGuide(f: Float64Array, m: number, w: number): Band {
  const n = f.length - 1;
  const lower = new Float64Array(n + 1);
  const upper = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lower[i] = f[Math.max(0, i - 1)];
    upper[i] = f[Math.min(n, i + 1)];
  }
  return bandFromGuide(lower, upper, m, w);
}

/** Band of half-width w around the cells a previous alignment passed through. */
export function bandAroundPath(beads: Bead[], n: number, m: number, w: number): Band {
  const lower = new Float64Array(n + 1).fill(Infinity);
  const upper = new Float64Array(n + 1).fill(-Infinity);
  let i = 0;
  let j = 0;
  const visit = (r: number, c: number) => {
    lower[r] = Math.min(lower[r], c);
    upper[r] = Math.max(upper[r], c);
  };
  visit(0, 0);
  for (const b of beads) {
    const ni = i + b.hi.length;
    const nj = j + b.en.length;
    // a 2:x bead skips row i + 1; give it the columns the bead spans
    for (let r = i + 1; r < ni; r++) {
      visit(r, j);
      visit(r, nj);
    }
    visit(ni, nj);
    i = ni;
    j = nj;
  }
  return bandFromGuide(lower, upper, m, w);
}
