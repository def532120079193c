/**
 * Gold documents are written bead by bead so the gold alignment cannot drift from the text:
 * sentence indices and paragraph numbers are derived here, never typed by hand.
 */
import type { AlignSentence } from "../types";

export interface GoldBead {
  hi: number[];
  en: number[];
}

export interface GoldDocument {
  name: string;
  hi: AlignSentence[];
  en: AlignSentence[];
  gold: GoldBead[];
}

/** Paragraph break on both sides, or on one side only (translators re-paragraph). */
export type Break = "para" | "para-hi" | "para-en";
export type Item = { hi: string[]; en: string[] } | Break;

export const one = (hi: string, en: string): Item => ({ hi: [hi], en: [en] });
export const bead = (hi: string[], en: string[]): Item => ({ hi, en });

export function buildDocument(name: string, items: Item[]): GoldDocument {
  const doc: GoldDocument = { name, hi: [], en: [], gold: [] };
  let hiParagraph = 0;
  let enParagraph = 0;
  for (const item of items) {
    if (item === "para" || item === "para-hi") hiParagraph++;
    if (item === "para" || item === "para-en") enParagraph++;
    if (typeof item === "string") continue;
    const g: GoldBead = { hi: [], en: [] };
    for (const text of item.hi) {
      g.hi.push(doc.hi.length);
      doc.hi.push({ text, paragraph: hiParagraph });
    }
    for (const text of item.en) {
      g.en.push(doc.en.length);
      doc.en.push({ text, paragraph: enParagraph });
    }
    doc.gold.push(g);
  }
  return doc;
}
