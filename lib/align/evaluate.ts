/**
 * Link-level scoring of an alignment against a gold alignment.
 *
 * Every Hindi–English index pair inside a bead is one link. A 1:0 bead contributes the link
 * (h, null) and a 0:1 bead (null, e): without them an aligner that never omits anything would
 * lose nothing for gluing an untranslated sentence onto its neighbour, and one that correctly
 * leaves it out would gain nothing.
 */
import type { Bead } from "./types";

export interface LinkCounts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface LinkScores {
  precision: number;
  recall: number;
  f1: number;
}

type BeadLike = Pick<Bead, "hi" | "en">;

function links(beads: BeadLike[]): Set<string> {
  const out = new Set<string>();
  for (const b of beads) {
    if (b.en.length === 0) for (const h of b.hi) out.add(`${h}-`);
    else if (b.hi.length === 0) for (const e of b.en) out.add(`-${e}`);
    else for (const h of b.hi) for (const e of b.en) out.add(`${h}-${e}`);
  }
  return out;
}

export function countLinks(predicted: BeadLike[], gold: BeadLike[]): LinkCounts {
  const p = links(predicted);
  const g = links(gold);
  let matched = 0;
  for (const l of p) if (g.has(l)) matched++;
  return { matched, predicted: p.size, gold: g.size };
}

/** Precision, recall and F1 from (possibly pooled) counts; empty sides score 1 by convention. */
export function scoresFromCounts(c: LinkCounts): LinkScores {
  const precision = c.predicted === 0 ? 1 : c.matched / c.predicted;
  const recall = c.gold === 0 ? 1 : c.matched / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function linkScores(predicted: BeadLike[], gold: BeadLike[]): LinkScores {
  return scoresFromCounts(countLinks(predicted, gold));
}

/** Whether beads cover 0..n-1 and 0..m-1 exactly once, in order, each bead non-empty. */
export function isValidPartition(beads: BeadLike[], n: number, m: number): boolean {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    if (b.hi.length + b.en.length === 0) return false;
    for (const h of b.hi) if (h !== i++) return false;
    for (const e of b.en) if (e !== j++) return false;
  }
  return i === n && j === m;
}
