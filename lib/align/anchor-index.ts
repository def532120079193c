/**
 * Anchors of whole documents interned to integer ids, so the aligner can score millions of
 * candidate beads without building strings or maps in its inner loop.
 */
import { compileGlossary, extractEnglishAnchors, extractHindiAnchors } from "./anchors";
import type { GlossaryPair } from "./types";

interface Packed {
  offsets: Int32Array; // sentence k owns ids[offsets[k] .. offsets[k + 1])
  ids: Int32Array;
}

function pack(lists: number[][]): Packed {
  const offsets = new Int32Array(lists.length + 1);
  for (let k = 0; k < lists.length; k++) offsets[k + 1] = offsets[k] + lists[k].length;
  const ids = new Int32Array(offsets[lists.length]);
  for (let k = 0; k < lists.length; k++) ids.set(lists[k], offsets[k]);
  return { offsets, ids };
}

// A bead spans at most two sentences a side; a sentence rarely has more than a few dozen anchors.
const SCRATCH = 512;

export class AnchorIndex {
  private readonly scratchHi = new Int32Array(SCRATCH);
  private readonly scratchWeak = new Uint8Array(SCRATCH);
  private readonly scratchEn = new Int32Array(SCRATCH);
  private readonly used = new Uint8Array(SCRATCH);

  constructor(
    private readonly hiStrong: Packed,
    private readonly hiWeak: Packed,
    /** Strong Hindi anchors that no English sentence has: they can only lower the score. */
    private readonly hiUnmatchable: Int32Array,
    private readonly en: Packed,
    private readonly enUnmatchable: Int32Array,
  ) {}

  /**
   * Set by `score`: share of the bead's anchors left unmatched inside it (Hindi name keys only
   * count when matched). Evidence against the bead — a figure or name one side states and the
   * other does not — as opposed to a bead with no anchors at all, which scores no conflict. A
   * field rather than a returned object so the aligner's inner loop allocates nothing.
   */
  lastConflict = 0;

  /** Same Dice overlap as `scoreAnchorBags`, for hi sentences [i0, i1) against en [j0, j1). */
  score(i0: number, i1: number, j0: number, j1: number): number {
    let nh = 0;
    for (let i = i0; i < i1; i++) {
      for (let p = this.hiStrong.offsets[i]; p < this.hiStrong.offsets[i + 1] && nh < SCRATCH; p++) {
        this.scratchHi[nh] = this.hiStrong.ids[p];
        this.scratchWeak[nh++] = 0;
      }
    }
    const strongCount = nh;
    for (let i = i0; i < i1; i++) {
      for (let p = this.hiWeak.offsets[i]; p < this.hiWeak.offsets[i + 1] && nh < SCRATCH; p++) {
        this.scratchHi[nh] = this.hiWeak.ids[p];
        this.scratchWeak[nh++] = 1;
      }
    }
    let ne = 0;
    for (let j = j0; j < j1; j++) {
      for (let p = this.en.offsets[j]; p < this.en.offsets[j + 1] && ne < SCRATCH; p++) {
        this.scratchEn[ne] = this.en.ids[p];
        this.used[ne++] = 0;
      }
    }
    let extra = 0;
    for (let i = i0; i < i1; i++) extra += this.hiUnmatchable[i];
    for (let j = j0; j < j1; j++) extra += this.enUnmatchable[j];
    let matched = 0;
    let weakMatched = 0;
    for (let a = 0; a < nh; a++) {
      const id = this.scratchHi[a];
      for (let b = 0; b < ne; b++) {
        if (this.used[b] === 0 && this.scratchEn[b] === id) {
          this.used[b] = 1;
          matched++;
          if (this.scratchWeak[a] === 1) weakMatched++;
          break;
        }
      }
    }
    const total = strongCount + weakMatched + ne + extra;
    this.lastConflict = total === 0 ? 0 : 1 - (2 * matched) / total;
    return total === 0 ? 0 : (2 * matched) / total;
  }

  /**
   * Sentence pairs (i, j) linked by an anchor that occurs exactly once in each text: the
   * cheapest reliable landmarks for the coarse pass.
   */
  uniquePairs(): [number, number][] {
    const where = (p: Packed, into: Map<number, number[]>) => {
      for (let k = 0; k + 1 < p.offsets.length; k++) {
        for (let q = p.offsets[k]; q < p.offsets[k + 1]; q++) {
          const list = into.get(p.ids[q]);
          if (list) list.push(k);
          else into.set(p.ids[q], [k]);
        }
      }
    };
    const hiAt = new Map<number, number[]>();
    where(this.hiStrong, hiAt);
    where(this.hiWeak, hiAt);
    const enAt = new Map<number, number[]>();
    where(this.en, enAt);
    const pairs: [number, number][] = [];
    for (const [id, his] of hiAt) {
      const ens = enAt.get(id);
      if (his.length === 1 && ens && ens.length === 1) pairs.push([his[0], ens[0]]);
    }
    return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  }
}

export function buildAnchorIndex(hi: string[], en: string[], glossary?: GlossaryPair[]): AnchorIndex {
  const matcher = compileGlossary(glossary);
  const hiAnchors = hi.map((s) => extractHindiAnchors(s, matcher));
  const enAnchors = en.map((s) => extractEnglishAnchors(s, matcher));
  const enSet = new Set(enAnchors.flat());
  const hiSet = new Set(hiAnchors.flatMap((a) => [...a.strong, ...a.weak]));
  const ids = new Map<string, number>();
  const intern = (a: string) => {
    let id = ids.get(a);
    if (id === undefined) {
      id = ids.size;
      ids.set(a, id);
    }
    return id;
  };
  const hiUnmatchable = new Int32Array(hi.length);
  const strong = hiAnchors.map((a, k) => {
    hiUnmatchable[k] = a.strong.filter((x) => !enSet.has(x)).length;
    return a.strong.filter((x) => enSet.has(x)).map(intern);
  });
  const weak = hiAnchors.map((a) => a.weak.filter((x) => enSet.has(x)).map(intern));
  const enUnmatchable = new Int32Array(en.length);
  const enIds = enAnchors.map((a, k) => {
    enUnmatchable[k] = a.filter((x) => !hiSet.has(x)).length;
    return a.filter((x) => hiSet.has(x)).map(intern);
  });
  return new AnchorIndex(pack(strong), pack(weak), hiUnmatchable, pack(enIds), enUnmatchable);
}
