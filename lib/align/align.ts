/**
 * Hindi–English sentence alignment: Gale–Church length DP plus anchor and paragraph evidence,
 * restricted to a band so 20,000 × 20,000 sentences stay linear in time and memory.
 *
 * Two passes. Pass 1 searches a band of half-width `band` around a guide drawn through unique
 * anchors (or the length-proportional diagonal without anchors), using a default variance.
 * The variance is then re-estimated from pass 1's 1:1 beads, and pass 2 searches a narrow band
 * around pass 1's path with it.
 */

import { AppError } from "@/lib/errors";
import { type AnchorIndex, buildAnchorIndex } from "./anchor-index";
import { anchorKnots, type Band, bandAroundGuide, bandAroundPath, cellIndex, guideThrough } from "./band";
import { lengthCost, lengthZ } from "./gale-church";
import type { AlignSentence, Bead, GlossaryPair } from "./types";

export interface AlignOptions {
  glossary?: GlossaryPair[];
  /** Default true; false gives the length-and-paragraph-only baseline. */
  useAnchors?: boolean;
  /** Half-width of the pass-1 band in sentences; default clamp(1% of the longer side, 50, 250). */
  band?: number;
}

// Moves as [hindi, english] sentence counts; index is what the backpointer stores.
const MOVES: readonly (readonly [number, number])[] = [
  [1, 1],
  [1, 0],
  [0, 1],
  [2, 1],
  [1, 2],
  [2, 2],
];
// 1:1 ≫ 2:1 = 1:2 > 1:0 = 0:1 > 2:2, close to Gale & Church's counts for literary text.
const PRIORS = [0.89, 0.01, 0.01, 0.04, 0.04, 0.005];
const PRIOR_COST = PRIORS.map((p) => -Math.log(p));
const ANCHOR_WEIGHT = 3;
// Unmatched anchors inside a two-sided bead: a figure or name one side has and the other lacks.
const CONFLICT_WEIGHT = 1.5;
const PARAGRAPH_START_REWARD = 1.5;
const PARAGRAPH_CROSS_PENALTY = 6;
/** Variance per code point before pass 1 can estimate it; deliberately loose so pass 1 does not over-trust lengths. */
const DEFAULT_VARIANCE = 4;
const REFINE_HALF_WIDTH = 25;
const MIN_VARIANCE_SAMPLES = 8;
/** Median of a χ²(1) variable; turns the median squared z into a robust variance estimate. */
const CHI2_MEDIAN = 0.455;
const NO_PARENT = 255;

interface Model {
  hiCum: Float64Array;
  enCum: Float64Array;
  /** 1 where a sentence opens a paragraph; index n (resp. m) is the end of text, also a boundary. */
  hiStart: Uint8Array;
  enStart: Uint8Array;
  c: number;
  s2: number;
  anchors: AnchorIndex | null;
}

function cumulativeLengths(sentences: AlignSentence[]): Float64Array {
  const cum = new Float64Array(sentences.length + 1);
  // code points, not UTF-16 units, so Devanagari and Latin count alike
  for (let k = 0; k < sentences.length; k++) cum[k + 1] = cum[k] + [...sentences[k].text].length;
  return cum;
}

function paragraphStarts(sentences: AlignSentence[]): Uint8Array {
  const starts = new Uint8Array(sentences.length + 1);
  for (let k = 0; k < sentences.length; k++) starts[k] = k === 0 || sentences[k].paragraph !== sentences[k - 1].paragraph ? 1 : 0;
  starts[sentences.length] = 1;
  return starts;
}

function moveCost(model: Model, k: number, i0: number, j0: number): number {
  const di = MOVES[k][0];
  const dj = MOVES[k][1];
  let cost = PRIOR_COST[k];
  // An omission (1:0, 0:1) is priced by its prior alone: Gale–Church's length term would make
  // long untranslated sentences nearly impossible and push them into wrong 2:1 merges.
  if (di > 0 && dj > 0) {
    cost += lengthCost(model.hiCum[i0 + di] - model.hiCum[i0], model.enCum[j0 + dj] - model.enCum[j0], model.c, model.s2);
    if (model.anchors !== null) {
      cost -= ANCHOR_WEIGHT * model.anchors.score(i0, i0 + di, j0, j0 + dj);
      cost += CONFLICT_WEIGHT * model.anchors.lastConflict;
    }
  }
  if ((di === 2 && model.hiStart[i0 + 1]) || (dj === 2 && model.enStart[j0 + 1])) cost += PARAGRAPH_CROSS_PENALTY;
  if (model.hiStart[i0] && model.enStart[j0]) cost -= PARAGRAPH_START_REWARD;
  return cost;
}

interface Lattice {
  band: Band;
  cost: Float64Array;
  back: Uint8Array;
}

/** Rows of the lattice filled between two progress reports: well under a millisecond of work each time. */
const ROWS_PER_STEP = 64;

/** How far an alignment is, in Hindi sentences: both passes together count as one walk over the text. */
export interface AlignProgress {
  done: number;
  total: number;
}

/**
 * Fills the lattice row by row, yielding the number of rows filled every ROWS_PER_STEP rows so that a
 * caller can report progress (and let its event loop run) without the DP knowing about either.
 */
function* fillLattice(model: Model, band: Band): Generator<number, Lattice> {
  const cost = new Float64Array(band.size).fill(Infinity);
  const back = new Uint8Array(band.size).fill(NO_PARENT);
  const n = band.lo.length - 1;
  const maxBonus = (model.anchors ? ANCHOR_WEIGHT : 0) + PARAGRAPH_START_REWARD;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = band.lo[i]; j <= band.hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestMove = NO_PARENT;
      for (let k = 0; k < MOVES.length; k++) {
        const pi = i - MOVES[k][0];
        const pj = j - MOVES[k][1];
        if (pi < 0 || pj < 0) continue;
        const p = cellIndex(band, pi, pj);
        if (p < 0) continue;
        const before = cost[p];
        // length cost is ≥ 0, so this bound can skip the expensive part safely
        if (before + PRIOR_COST[k] - maxBonus >= best) continue;
        const total = before + moveCost(model, k, pi, pj);
        if (total < best) {
          best = total;
          bestMove = k;
        }
      }
      const here = band.offset[i] + j - band.lo[i];
      cost[here] = best;
      back[here] = bestMove;
    }
    if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield i + 1;
  }
  return { band, cost, back };
}

interface RawBead {
  i0: number;
  j0: number;
  move: number;
}

function backtrack(lattice: Lattice, n: number, m: number): RawBead[] {
  const beads: RawBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const move = lattice.back[cellIndex(lattice.band, i, j)];
    // unreachable by construction of the band; reaching it means a bug, not bad input
    if (move === NO_PARENT) throw new AppError("INTERNAL", "alignment band lost the path to the end cell", { reason: "internal", i, j });
    i -= MOVES[move][0];
    j -= MOVES[move][1];
    beads.push({ i0: i, j0: j, move });
  }
  return beads.reverse();
}

function toBead(raw: RawBead, confidence: number): Bead {
  const [di, dj] = MOVES[raw.move];
  return {
    hi: Array.from({ length: di }, (_, k) => raw.i0 + k),
    en: Array.from({ length: dj }, (_, k) => raw.j0 + k),
    confidence,
  };
}

/** Robust variance from 1:1 beads of a first alignment; falls back when there are too few. */
function estimateVariance(model: Model, beads: RawBead[]): number {
  const samples: number[] = [];
  for (const b of beads) {
    if (b.move !== 0) continue;
    const z = lengthZ(model.hiCum[b.i0 + 1] - model.hiCum[b.i0], model.enCum[b.j0 + 1] - model.enCum[b.j0], model.c, 1);
    samples.push(z * z);
  }
  if (samples.length < MIN_VARIANCE_SAMPLES) return DEFAULT_VARIANCE;
  samples.sort((a, b) => a - b);
  const median = samples[samples.length >> 1];
  return Math.min(60, Math.max(1, median / CHI2_MEDIAN));
}

/**
 * Confidence in [0, 1]: how clearly this bead beat the other moves into the same cell
 * (a logistic of the cost margin), times the evidence for it — length agreement or anchors,
 * whichever is stronger. One-sided beads are capped low: an omission is a guess by construction.
 */
function confidenceOf(model: Model, lattice: Lattice, raw: RawBead): number {
  const [di, dj] = MOVES[raw.move];
  const i1 = raw.i0 + di;
  const j1 = raw.j0 + dj;
  const chosen = lattice.cost[cellIndex(lattice.band, i1, j1)];
  let second = Infinity;
  for (let k = 0; k < MOVES.length; k++) {
    if (k === raw.move) continue;
    const p = cellIndex(lattice.band, i1 - MOVES[k][0], j1 - MOVES[k][1]);
    if (i1 - MOVES[k][0] < 0 || j1 - MOVES[k][1] < 0 || p < 0) continue;
    second = Math.min(second, lattice.cost[p] + moveCost(model, k, i1 - MOVES[k][0], j1 - MOVES[k][1]));
  }
  const margin = second - chosen;
  const decisiveness = Number.isFinite(margin) ? 1 / (1 + Math.exp(-margin)) : 1;
  if (di === 0 || dj === 0) return 0.3 * decisiveness;
  const z = lengthZ(model.hiCum[i1] - model.hiCum[raw.i0], model.enCum[j1] - model.enCum[raw.j0], model.c, model.s2);
  const lengthAgreement = Math.exp((-z * z) / 4);
  const anchorAgreement = model.anchors ? model.anchors.score(raw.i0, i1, raw.j0, j1) : 0;
  const evidence = 1 - (1 - lengthAgreement) * (1 - anchorAgreement);
  const shape = di === 1 && dj === 1 ? 1 : di === 2 && dj === 2 ? 0.8 : 0.9;
  return Math.min(1, Math.max(0, evidence * decisiveness * shape));
}

export function alignSentences(hi: AlignSentence[], en: AlignSentence[], options: AlignOptions = {}): Bead[] {
  const steps = alignSentencesInSteps(hi, en, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * alignSentences as a generator: the same beads as its return value, with the progress yielded every
 * few dozen Hindi sentences. A background job drives it and writes the progress between steps.
 */
export function* alignSentencesInSteps(
  hi: AlignSentence[],
  en: AlignSentence[],
  options: AlignOptions = {},
): Generator<AlignProgress, Bead[]> {
  const n = hi.length;
  const m = en.length;
  if (n === 0 || m === 0) {
    return [...hi.map((_, k) => ({ hi: [k], en: [], confidence: 0.3 })), ...en.map((_, k) => ({ hi: [], en: [k], confidence: 0.3 }))];
  }
  const hiCum = cumulativeLengths(hi);
  const enCum = cumulativeLengths(en);
  const anchors =
    options.useAnchors === false
      ? null
      : buildAnchorIndex(
          hi.map((s) => s.text),
          en.map((s) => s.text),
          options.glossary,
        );
  const model: Model = {
    hiCum,
    enCum,
    hiStart: paragraphStarts(hi),
    enStart: paragraphStarts(en),
    c: hiCum[n] > 0 ? enCum[m] / hiCum[n] : 1,
    s2: DEFAULT_VARIANCE,
    anchors,
  };
  const longer = Math.max(n, m);
  const halfWidth = Math.max(1, Math.round(options.band ?? Math.min(250, Math.max(50, Math.ceil(0.01 * longer)))));
  const knots = anchors
    ? anchorKnots(anchors.uniquePairs(), hiCum, enCum, Math.max(2 * halfWidth, 0.1 * longer))
    : ([
        [0, 0],
        [n, m],
      ] as [number, number][]);
  const guide = guideThrough(knots, hiCum, enCum);
  const refineHalfWidth = Math.min(halfWidth, REFINE_HALF_WIDTH);
  // Work per row is proportional to the band's width, so each pass's share of the progress is too.
  const firstShare = halfWidth / (halfWidth + refineHalfWidth);
  // The anchor index is the one long step without a yield (a second or two at 10,000 sentences).
  yield { done: 0, total: n };
  const pass1 = fillLattice(model, bandAroundGuide(guide, m, halfWidth));
  let step = pass1.next();
  for (; !step.done; step = pass1.next()) yield { done: Math.floor(step.value * firstShare), total: n };
  const first = backtrack(step.value, n, m);

  model.s2 = estimateVariance(model, first);
  const refineBand = bandAroundPath(
    first.map((b) => toBead(b, 0)),
    n,
    m,
    refineHalfWidth,
  );
  const pass2 = fillLattice(model, refineBand);
  let step2 = pass2.next();
  for (; !step2.done; step2 = pass2.next()) yield { done: Math.floor(n * firstShare + step2.value * (1 - firstShare)), total: n };
  const lattice = step2.value;
  return backtrack(lattice, n, m).map((raw) => toBead(raw, confidenceOf(model, lattice, raw)));
}
