import { seededRandom } from "@/lib/random";
/**
 * Deterministic synthetic Hindi news text with English counterparts, for benchmarks only: the
 * sentences are not grammatical, but their length (~120 characters), script mix (Devanagari,
 * digits, Latin names in English), punctuation (danda, commas) and vocabulary size behave like
 * wire copy, which is what segmentation, indexes, matching and search costs depend on.
 */

export const random = seededRandom;

const COMMON: [string, string][] = [
  ["सरकार", "government"],
  ["ने", "has"],
  ["कहा", "said"],
  ["कि", "that"],
  ["में", "in"],
  ["के", "of"],
  ["की", "of"],
  ["को", "to"],
  ["से", "from"],
  ["और", "and"],
  ["पर", "on"],
  ["लिए", "for"],
  ["साथ", "with"],
  ["बाद", "after"],
  ["योजना", "scheme"],
  ["मंत्री", "minister"],
  ["राज्य", "state"],
  ["पुलिस", "police"],
  ["अदालत", "court"],
  ["चुनाव", "election"],
  ["किसान", "farmers"],
  ["बजट", "budget"],
  ["विकास", "development"],
  ["शिक्षा", "education"],
  ["स्वास्थ्य", "health"],
  ["अस्पताल", "hospital"],
  ["बारिश", "rain"],
  ["सड़क", "road"],
  ["बिजली", "electricity"],
  ["पानी", "water"],
  ["गाँव", "village"],
  ["शहर", "city"],
  ["लोगों", "people"],
  ["रुपये", "rupees"],
  ["करोड़", "crore"],
  ["लाख", "lakh"],
  ["प्रतिशत", "percent"],
  ["बैठक", "meeting"],
  ["घोषणा", "announcement"],
  ["विपक्ष", "opposition"],
  ["जाँच", "investigation"],
  ["रिपोर्ट", "report"],
  ["मंगलवार", "Tuesday"],
  ["सोमवार", "Monday"],
  ["आज", "today"],
  ["है", "is"],
  ["था", "was"],
  ["गया", "went"],
  ["दिया", "gave"],
  ["किया", "did"],
  ["नई", "new"],
  ["बड़ी", "big"],
];
const NAMES: [string, string][] = [
  ["मोदी", "Modi"],
  ["दिल्ली", "Delhi"],
  ["शर्मा", "Sharma"],
  ["राहुल", "Rahul"],
  ["गंगा", "Ganga"],
  ["मुंबई", "Mumbai"],
  ["पटना", "Patna"],
  ["कुमार", "Kumar"],
  ["लखनऊ", "Lucknow"],
  ["प्रिया", "Priya"],
  ["वर्मा", "Verma"],
  ["जयपुर", "Jaipur"],
  ["भोपाल", "Bhopal"],
  ["सुनीता", "Sunita"],
  ["यादव", "Yadav"],
  ["कोलकाता", "Kolkata"],
];
const CONSONANTS = [..."कखगघचछजझटठडढणतथदधनपफबभमयरलवशसह"];
const MATRAS = ["", "ा", "ि", "ी", "ु", "ू", "े", "ै", "ो", "ौ", "ं"];
const LATIN: Record<string, string> = {
  क: "k",
  ख: "kh",
  ग: "g",
  घ: "gh",
  च: "ch",
  छ: "chh",
  ज: "j",
  झ: "jh",
  ट: "t",
  ठ: "th",
  ड: "d",
  ढ: "dh",
  ण: "n",
  त: "t",
  थ: "th",
  द: "d",
  ध: "dh",
  न: "n",
  प: "p",
  फ: "ph",
  ब: "b",
  भ: "bh",
  म: "m",
  य: "y",
  र: "r",
  ल: "l",
  व: "v",
  श: "sh",
  स: "s",
  ह: "h",
};
const LATIN_MATRA: Record<string, string> = {
  "": "a",
  "ा": "aa",
  "ि": "i",
  "ी": "ee",
  "ु": "u",
  "ू": "oo",
  "े": "e",
  "ै": "ai",
  "ो": "o",
  "ौ": "au",
  "ं": "an",
};

export interface Vocabulary {
  /** Hindi word → English gloss, common words first. */
  words: [string, string][];
}

/** Common words plus `extra` pseudo-words (2–3 syllables), so that a 10,000-term glossary has terms to find. */
export function vocabulary(extra = 6000, seed = 7): Vocabulary {
  const rnd = random(seed);
  const seen = new Set(COMMON.map(([h]) => h));
  const words: [string, string][] = [...COMMON];
  while (words.length < COMMON.length + extra) {
    const syllables = 2 + Math.floor(rnd() * 2);
    let hi = "";
    let en = "";
    for (let s = 0; s < syllables; s++) {
      const c = CONSONANTS[Math.floor(rnd() * CONSONANTS.length)];
      const m = MATRAS[Math.floor(rnd() * MATRAS.length)];
      hi += c + m;
      en += LATIN[c] + LATIN_MATRA[m];
    }
    if (seen.has(hi)) continue;
    seen.add(hi);
    words.push([hi, en]);
  }
  return { words };
}

export interface SyntheticSentence {
  hindi: string;
  english: string;
}

/** `count` sentence pairs of ~120 Hindi characters, each ending in a danda (English: full stop). */
export function syntheticSentences(count: number, seed = 1, vocab: Vocabulary = vocabulary()): SyntheticSentence[] {
  const rnd = random(seed);
  const out: SyntheticSentence[] = [];
  const { words } = vocab;
  for (let i = 0; i < count; i++) {
    const hi: string[] = [];
    const en: string[] = [];
    const target = 100 + Math.floor(rnd() * 40);
    let length = 0;
    while (length < target) {
      const r = rnd();
      let pair: [string, string];
      if (r < 0.08) pair = NAMES[Math.floor(rnd() * NAMES.length)];
      else if (r < 0.14) {
        const n = String(Math.floor(rnd() * 100_000));
        pair = [n, n];
      } else if (r < 0.6) pair = words[Math.floor(rnd() * COMMON.length)];
      else pair = words[Math.floor(rnd() * words.length)];
      hi.push(pair[0]);
      en.push(pair[1]);
      length += pair[0].length + 1;
      if (rnd() < 0.04 && length < target - 10) {
        hi[hi.length - 1] += ",";
        en[en.length - 1] += ",";
      }
    }
    const english = en.join(" ");
    out.push({ hindi: `${hi.join(" ")}।`, english: `${english[0].toUpperCase()}${english.slice(1)}.` });
  }
  return out;
}

/** A plain-text Hindi document: sentences joined by spaces, a blank line every 5–8 sentences. */
export function hindiDocument(sentences: SyntheticSentence[], seed = 3): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let inParagraph = 0;
  let length = 5 + Math.floor(rnd() * 4);
  for (const s of sentences) {
    parts.push(s.hindi);
    if (++inParagraph >= length) {
      parts.push("\n\n");
      inParagraph = 0;
      length = 5 + Math.floor(rnd() * 4);
    } else parts.push(" ");
  }
  return parts.join("");
}

/** Distinct 1–3 word Hindi terms drawn from the vocabulary (so that they occur in the sentences). */
export function syntheticTerms(count: number, vocab: Vocabulary = vocabulary(), seed = 11): { hindi: string; english: string }[] {
  const rnd = random(seed);
  const seen = new Set<string>();
  const out: { hindi: string; english: string }[] = [];
  const { words } = vocab;
  while (out.length < count) {
    const n = rnd() < 0.6 ? 1 : rnd() < 0.8 ? 2 : 3;
    const picked = Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]);
    const hindi = picked.map((p) => p[0]).join(" ");
    if (seen.has(hindi)) continue;
    seen.add(hindi);
    out.push({ hindi, english: picked.map((p) => p[1]).join(" ") });
  }
  return out;
}
