/**
 * Match bands and the analysis of a document against the memory, the way an agency quotes a job
 * (Matecat, memoQ): each unit falls into one band by its best score, and words are summed per band.
 *
 * A unit whose normalised Hindi already occurred earlier in the same document is a repetition:
 * translating the first one translates it (propagation), so it costs what a repetition costs
 * whatever the memory holds — except a 101 % match, which is better still (no review needed).
 */
import { CONTEXT, EXACT } from "./score";

export const matchBands = ["repetition", "context", "exact", "fuzzy95", "fuzzy85", "fuzzy75", "fuzzy50", "new"] as const;
export type MatchBand = (typeof matchBands)[number];

/** Lowest score of each fuzzy band (inclusive); the band ends below the next band's minimum. */
export const bandMinimum: Record<Exclude<MatchBand, "repetition" | "new">, number> = {
  context: CONTEXT,
  exact: EXACT,
  fuzzy95: 95,
  fuzzy85: 85,
  fuzzy75: 75,
  fuzzy50: 50,
};

/** The band of a best score (null: no match at all). */
export function bandOfScore(score: number | null): Exclude<MatchBand, "repetition"> {
  if (score === null) return "new";
  if (score >= CONTEXT) return "context";
  if (score >= EXACT) return "exact";
  if (score >= 95) return "fuzzy95";
  if (score >= 85) return "fuzzy85";
  if (score >= 75) return "fuzzy75";
  if (score >= 50) return "fuzzy50";
  return "new";
}

export interface AnalysedUnit {
  /** normaliseTmSource of the unit's Hindi. */
  norm: string;
  words: number;
  /** Best memory score, null when the memory had nothing. */
  best: number | null;
}

export interface BandTotals {
  band: MatchBand;
  units: number;
  words: number;
}

export interface Analysis {
  bands: BandTotals[];
  total: { units: number; words: number };
  /** Per input unit, in order. */
  unitBands: MatchBand[];
}

export function analyse(units: readonly AnalysedUnit[]): Analysis {
  const seen = new Set<string>();
  const totals = new Map<MatchBand, BandTotals>(matchBands.map((band) => [band, { band, units: 0, words: 0 }]));
  const unitBands: MatchBand[] = [];
  let words = 0;
  for (const u of units) {
    const fromMemory = bandOfScore(u.best);
    const band: MatchBand = u.norm !== "" && seen.has(u.norm) && fromMemory !== "context" ? "repetition" : fromMemory;
    seen.add(u.norm);
    const t = totals.get(band) as BandTotals;
    t.units++;
    t.words += u.words;
    words += u.words;
    unitBands.push(band);
  }
  return { bands: matchBands.map((b) => totals.get(b) as BandTotals), total: { units: units.length, words }, unitBands };
}
