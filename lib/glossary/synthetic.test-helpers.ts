/**
 * Deterministic synthetic glossary and sentences for scale tests. Term words use consonants क–ध and
 * filler words प–ह, so no filler can ever equal a term or one of its inflections.
 */
import type { GlossaryEntryInput } from "./types";

const TERM_CONSONANTS = [..."कखगघचछजझटठडढणतथदध"];
const FILLER_CONSONANTS = [..."पफबभमयरलवशसह"];
const MATRAS = ["", "\u093F", "\u0941", "\u093E"];

function word(consonants: string[], n: number, syllables = 3): string {
  let out = "";
  for (let k = 0; k < syllables; k++) {
    const s = n % (consonants.length * MATRAS.length);
    n = Math.floor(n / (consonants.length * MATRAS.length));
    out += consonants[s % consonants.length] + MATRAS[Math.floor(s / consonants.length)];
  }
  return out;
}

/** A small linear congruential generator, so failures reproduce. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticGlossary(count: number): GlossaryEntryInput[] {
  const entries: GlossaryEntryInput[] = [];
  for (let i = 0; i < count; i++) {
    // Every tenth term is a two-word phrase whose first word is also the previous term.
    const hindi = i % 10 === 9 ? `${word(TERM_CONSONANTS, i * 7 - 7)} ${word(TERM_CONSONANTS, i * 7 + 3)}` : word(TERM_CONSONANTS, i * 7);
    entries.push({ id: `t${i}`, hindi, english: [{ text: `term${i}`, status: "preferred" }] });
  }
  return entries;
}

export function fillerWord(random: () => number): string {
  return word(FILLER_CONSONANTS, Math.floor(random() * 50_000), 2);
}

export interface SyntheticSentence {
  text: string;
  expected: string[];
}

export function syntheticSentences(entries: GlossaryEntryInput[], count: number, seed = 1): SyntheticSentence[] {
  const random = seeded(seed);
  const sentences: SyntheticSentence[] = [];
  for (let s = 0; s < count; s++) {
    const parts: string[] = [];
    const expected: string[] = [];
    const terms = 1 + Math.floor(random() * 3);
    for (let t = 0; t < terms; t++) {
      parts.push(fillerWord(random), fillerWord(random));
      const entry = entries[Math.floor(random() * entries.length)];
      parts.push(random() < 0.3 && !entry.hindi.includes(" ") ? plural(entry.hindi) : entry.hindi);
      expected.push(entry.id);
    }
    parts.push(fillerWord(random));
    sentences.push({ text: parts.join(" ") + "।", expected });
  }
  return sentences;
}

function plural(w: string): string {
  // Oblique plural as inflectHindi generates it for each ending used by the synthetic words.
  if (w.endsWith("\u093E")) return w.slice(0, -1) + "\u094B\u0902";
  if (w.endsWith("\u093F")) return w + "\u092F\u094B\u0902";
  if (w.endsWith("\u0941")) return w + "\u0913\u0902";
  return w + "\u094B\u0902";
}
