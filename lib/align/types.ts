/** One already-segmented sentence; `paragraph` numbering is per side and only compared within that side. */
export interface AlignSentence {
  text: string;
  paragraph: number;
}

/**
 * A group of consecutive sentences aligned to each other. Indices are 0-based; an empty side
 * means the other side's sentence has no counterpart (1:0 omission or 0:1 addition).
 */
export interface Bead {
  hi: number[];
  en: number[];
  confidence: number;
}

export interface GlossaryPair {
  hindi: string;
  english: string;
}
