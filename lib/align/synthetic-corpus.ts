/**
 * Deterministic synthetic parallel text for scale tests: sentences are word salad, but their
 * lengths, numbers, names, paragraphs and bead mix behave like real translations, which is all
 * the aligner looks at.
 */

import { seededRandom } from "@/lib/random";
import type { AlignSentence } from "./types";

const HINDI_WORDS = "सरकार ने आज कहा कि नई योजना गाँव में लोगों को पानी और बिजली देगी जबकि विपक्ष इसका विरोध करता रहा है".split(" ");
const ENGLISH_WORDS =
  "the government said today that a new scheme will give water and power to people in villages while opposition opposed it".split(" ");
const NAMES: [string, string][] = [
  ["मोदी", "Modi"],
  ["दिल्ली", "Delhi"],
  ["शर्मा", "Sharma"],
  ["राहुल", "Rahul"],
  ["गंगा", "Ganga"],
  ["मुंबई", "Mumbai"],
  ["पटना", "Patna"],
  ["कुमार", "Kumar"],
];

const random = seededRandom;

export interface SyntheticParallel {
  hi: AlignSentence[];
  en: AlignSentence[];
  gold: { hi: number[]; en: number[] }[];
}

export function syntheticParallel(beads: number, seed = 1): SyntheticParallel {
  const rnd = random(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const out: SyntheticParallel = { hi: [], en: [], gold: [] };
  let paragraph = 0;
  const pair = (): [string, string] => {
    const words = 4 + Math.floor(rnd() * 20);
    const hi: string[] = [];
    const en: string[] = [];
    for (let w = 0; w < words; w++) {
      hi.push(pick(HINDI_WORDS));
      en.push(pick(ENGLISH_WORDS));
      if (rnd() < 0.25) en.push(pick(ENGLISH_WORDS));
    }
    if (rnd() < 0.3) {
      const num = String(Math.floor(rnd() * 100000));
      hi.push(num);
      en.push(num);
    }
    if (rnd() < 0.3) {
      const [h, e] = pick(NAMES);
      hi.unshift(h);
      en.unshift(e);
    }
    return [hi.join(" ") + "।", en.join(" ") + "."];
  };
  for (let b = 0; b < beads; b++) {
    if (b > 0 && rnd() < 0.12) paragraph++;
    const r = rnd();
    const [nh, ne] = r < 0.86 ? [1, 1] : r < 0.9 ? [2, 1] : r < 0.94 ? [1, 2] : r < 0.96 ? [1, 0] : r < 0.98 ? [0, 1] : [2, 2];
    const parts = Array.from({ length: Math.max(nh, ne) }, pair);
    const bead = { hi: [] as number[], en: [] as number[] };
    const split = (texts: string[], count: number): string[] => (count === 0 ? [] : count === texts.length ? texts : [texts.join(" ")]);
    for (const text of split(
      parts.map((p) => p[0]),
      nh,
    )) {
      bead.hi.push(out.hi.length);
      out.hi.push({ text, paragraph });
    }
    for (const text of split(
      parts.map((p) => p[1]),
      ne,
    )) {
      bead.en.push(out.en.length);
      out.en.push({ text, paragraph });
    }
    out.gold.push(bead);
  }
  return out;
}
