/**
 * Turns beads into editor units. A unit always owns at least one Hindi sentence (the editor's
 * rows are Hindi ranges), so English that the aligner found no Hindi for (a 0:1 bead) cannot be
 * a unit of its own: it joins the previous unit — or the next one when nothing precedes it — and
 * marks that unit low-confidence, because a translator must check where it really belongs.
 */
import type { Bead } from "./types";

/** The ceiling for a unit that absorbed unmatched English: a guess, to be checked by a person. */
export const ABSORBED_CONFIDENCE = 0.3;

export interface AlignedUnit {
  /** 0-based indices into the Hindi sentence list, inclusive. */
  first: number;
  last: number;
  /** 0-based indices into the English sentence list, ascending; may be empty (1:0). */
  en: number[];
  confidence: number;
}

export function beadsToUnits(beads: Bead[]): AlignedUnit[] {
  const units: AlignedUnit[] = [];
  // English seen before the first Hindi sentence, waiting for a unit to join.
  let leading: number[] = [];
  let leadingConfidence = 1;
  for (const bead of beads) {
    if (bead.hi.length === 0) {
      const previous = units.at(-1);
      if (previous) {
        previous.en.push(...bead.en);
        previous.confidence = Math.min(previous.confidence, bead.confidence, ABSORBED_CONFIDENCE);
      } else {
        leading.push(...bead.en);
        leadingConfidence = Math.min(leadingConfidence, bead.confidence, ABSORBED_CONFIDENCE);
      }
      continue;
    }
    const unit: AlignedUnit = {
      first: bead.hi[0],
      last: bead.hi[bead.hi.length - 1],
      en: [...leading, ...bead.en],
      confidence: leading.length > 0 ? Math.min(bead.confidence, leadingConfidence) : bead.confidence,
    };
    leading = [];
    units.push(unit);
  }
  return units;
}

/** "1:1", "2:1", "0:1", … → how many beads of that shape. */
export function countBeadShapes(beads: Bead[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const b of beads) {
    const key = `${b.hi.length}:${b.en.length}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The English of a unit: its sentences in order, joined by single spaces. */
export function joinEnglish(unit: AlignedUnit, english: readonly string[]): string {
  return unit.en.map((k) => english[k]).join(" ");
}
