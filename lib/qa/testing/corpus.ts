/**
 * A large deterministic corpus of Hindi–English units for the QA equivalence test: fragments that
 * reach every branch of the checks (every number form of both languages, dates, Latin tokens,
 * URLs, quotes, brackets, spacing slips, repeated words, dandas and Devanagari left in the English,
 * glossary terms) combined at random with a seeded PRNG, so that matches and mismatches both occur.
 * Test code only (no I/O): the golden digests of lib/qa/equivalence.test.ts are computed over it.
 */
import type { GlossaryEntryInput } from "@/lib/glossary/types";
import { seededRandom } from "@/lib/random";

/** The same quantity in Hindi and English forms; a unit takes one form from each side (or a different quantity). */
const QUANTITIES: [string[], string[]][] = [
  [
    ["२,००,०००", "2,00,000", "2 लाख", "दो लाख", "200000"],
    ["200,000", "two hundred thousand", "0.2 million", "2 lakh", "2,00,000", "२,००,०००"],
  ],
  [
    ["3.5 करोड़", "साढ़े तीन करोड़", "३.५ करोड़", "35000000"],
    ["35 million", "3.5 crore", "thirty-five million", "35,000,000"],
  ],
  [
    ["36 प्रतिशत", "36%", "३६ प्रतिशत", "छत्तीस प्रतिशत"],
    ["36 percent", "36%", "thirty-six per cent"],
  ],
  [
    ["15 अगस्त 2023", "15.08.2023", "2023-08-15"],
    ["August 15, 2023", "15 August 2023", "15.08.2023"],
  ],
  [
    ["डेढ़ हज़ार", "1,500", "सवा लाख"],
    ["one and a half thousand", "1,500", "125,000", "a thousand"],
  ],
  [
    ["पाँच", "दो-चार", "एक"],
    ["five", "three", "a few", "one"],
  ],
  [
    ["21वीं", "पहला", "2-3 लाख", "2 से 3 करोड़"],
    ["21st", "first", "200,000-300,000", "2 to 3 million", "20-30 million"],
  ],
  [
    ["1.2.3", "1,2,3", "5,15.08.2023", "अरब", "लाख कोशिश"],
    ["1.2.3", "1, 2, 3", "billion", "Arab", "despite"],
  ],
  [
    ["3 करोड़ 50 लाख", "2 लाख 50 लोग", "सौ", "हज़ार लोग"],
    ["35 million", "two hundred and fifty thousand", "a hundred", "thousand people", "two thousand five"],
  ],
];

const LATIN_HINDI = [
  "GST",
  "ISRO",
  "COVID-19",
  "A320",
  "https://example.in/a/b?c=1",
  "www.pib.gov.in",
  "info@pib.gov.in",
  "PhD",
  "iPhone 15",
  "https://example.in/a-very-long-path/that-goes-on-and-on/index.html",
];
const LATIN_ENGLISH = [
  "GST",
  "ISRO's",
  "covid-19",
  "A320",
  "https://example.in/a/b?c=1",
  "www.pib.gov.in",
  "info@pib.gov.in",
  "PhDs",
  "iPhone 15",
  "https://example.in/a-very-long-path/that-goes-on-and-on/index.html",
  "gst",
];

const HINDI_WORDS = [
  "सरकार",
  "ने",
  "कहा",
  "कि",
  "किसानों",
  "को",
  "रुपये",
  "दिए",
  "जाएँगे",
  "राज्य",
  "में",
  "ज़मीन",
  "जमीन",
  "माँ",
  "मां",
  "हिंदी",
  "हिन्दी",
  "संक्रमण",
  "बजट",
  "पुलिस",
  "मंत्री",
  "अदालत",
  "प्रतिबंध",
  "नीति",
];
const ENGLISH_WORDS = [
  "the",
  "government",
  "said",
  "that",
  "farmers",
  "will",
  "be",
  "given",
  "rupees",
  "in",
  "the",
  "state",
  "land",
  "mother",
  "Hindi",
  "transition",
  "budget",
  "police",
  "minister",
  "court",
  "sanction",
  "sanctions",
  "policy",
  "had",
  "had",
  "the the",
  "very very",
  "don't",
  "farmers'",
  "ban",
  "३६",
  "१५ August",
];

const HINDI_ENDS = ["।", "?", "!", "॥", "...", "…", "", ":", "।”", "”।", ";"];
const ENGLISH_ENDS = [".", "?", "!", "", "...", "…", "।", " ।", ":", ".”", "”", ";", " .", " ?"];

/** A small glossary for the corpus: preferred, forbidden and do-not-translate renderings. */
export const corpusGlossary: GlossaryEntryInput[] = [
  {
    id: "g1",
    hindi: "प्रतिबंध",
    partOfSpeech: "noun",
    note: null,
    english: [
      { text: "sanctions", status: "preferred" },
      { text: "ban", status: "forbidden" },
    ],
  },
  { id: "g2", hindi: "नीति", partOfSpeech: "noun", note: null, english: [{ text: "policy", status: "preferred" }] },
  { id: "g3", hindi: "बजट", partOfSpeech: null, note: null, english: [{ text: "बजट", status: "do-not-translate" }] },
  { id: "g4", hindi: "किसान", partOfSpeech: "noun", note: null, english: [{ text: "farmer", status: "preferred" }] },
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function words(random: () => number, from: readonly string[], min: number, max: number): string[] {
  const n = min + Math.floor(random() * (max - min + 1));
  return Array.from({ length: n }, () => pick(random, from));
}

function spaced(random: () => number, text: string): string {
  const r = random();
  if (r < 0.03) return ` ${text}`;
  if (r < 0.06) return `${text} `;
  if (r < 0.09) return text.replace(" ", "  ");
  if (r < 0.11) return text.replace(/ (?=\S+$)/, " \u00A0");
  return text;
}

function wrap(random: () => number, hindi: string[], english: string[]): void {
  const r = random();
  if (r < 0.06) {
    hindi.unshift("“");
    hindi.push("”");
    english.unshift("“");
    if (random() < 0.7) english.push("”");
  } else if (r < 0.1) {
    hindi.unshift('"');
    if (random() < 0.5) hindi.push('"');
    english.unshift('"');
    if (random() < 0.6) english.push('"');
  } else if (r < 0.15) {
    const gloss = pick(random, ["(ट्रांजिशन)", "(Huawei)", "(2019 में 5 लाख)", "(राज्य के सभी किसान और उनके परिवार)", "[संपादित]"]);
    hindi.splice(1, 0, gloss);
    const e = random();
    if (e < 0.5) english.splice(1, 0, pick(random, ["(5 lakh in 2019)", "(all the state's farmers)", "[edited]"]));
    else if (e < 0.6) english.splice(1, 0, "(unclosed");
  } else if (r < 0.18) {
    english.push(pick(random, [")", "(", "]", "“", "'quoted'", "'"]));
  }
}

/** `count` units; the same seed gives the same corpus everywhere. */
export function qaCorpus(count: number, seed = 18): { hindi: string[]; english: string }[] {
  const random = seededRandom(seed);
  const units: { hindi: string[]; english: string }[] = [];
  for (let u = 0; u < count; u++) {
    const hindi = words(random, HINDI_WORDS, 2, 9);
    const english = words(random, ENGLISH_WORDS, 2, 9);
    const numbers = Math.floor(random() * 3);
    for (let n = 0; n < numbers; n++) {
      const q = pick(random, QUANTITIES);
      const other = random() < 0.25 ? pick(random, QUANTITIES) : q;
      const at = Math.floor(random() * hindi.length);
      hindi.splice(at, 0, pick(random, q[0]));
      if (random() < 0.9) english.splice(Math.floor(random() * english.length), 0, pick(random, other[1]));
    }
    if (random() < 0.1) english.push(String(Math.floor(random() * 2000)));
    if (random() < 0.12) {
      const i = Math.floor(random() * LATIN_HINDI.length);
      hindi.splice(Math.floor(random() * hindi.length), 0, LATIN_HINDI[i]);
      if (random() < 0.7)
        english.splice(Math.floor(random() * english.length), 0, random() < 0.8 ? LATIN_ENGLISH[i] : pick(random, LATIN_ENGLISH));
    }
    wrap(random, hindi, english);
    let h = hindi.join(" ").replace(/“ /g, "“").replace(/ ”/g, "”").replace(/" /, '"').replace(/ "$/, '"') + pick(random, HINDI_ENDS);
    let e = english.join(" ").replace(/“ /g, "“").replace(/ ”/g, "”").replace(/" /, '"').replace(/ "$/, '"');
    e = e.charAt(0).toUpperCase() + e.slice(1) + (random() < 0.8 ? pick(random, ENGLISH_ENDS.slice(0, 3)) : pick(random, ENGLISH_ENDS));
    const r = random();
    if (r < 0.02) e = "";
    else if (r < 0.03) e = h;
    else if (r < 0.045) e = `${pick(random, HINDI_WORDS)} ${pick(random, HINDI_WORDS)} ${pick(random, HINDI_WORDS)} is`;
    else if (r < 0.06) e = `${e} ${pick(random, ["बजट", "सरकार", "माँ"])}`;
    else if (r < 0.07) e = `${e} ${e} ${e} ${e}`;
    else if (r < 0.075) e = "Ok.";
    else if (r < 0.085) e = "   ";
    if (random() < 0.04) h = h.replace(/[0-9]/g, (d) => String.fromCharCode(0x0966 + Number(d)));
    // Repeat some units so that `inconsistent` has groups (same Hindi, other English and the reverse).
    if (u > 10 && random() < 0.08) {
      const earlier = units[Math.floor(random() * units.length)];
      const s = random();
      if (s < 0.4) units.push({ hindi: [...earlier.hindi], english: e });
      else if (s < 0.8) units.push({ hindi: [h], english: earlier.english });
      else units.push({ hindi: [...earlier.hindi], english: earlier.english });
      continue;
    }
    // A merged unit: two Hindi sentences.
    const sentences = random() < 0.1 ? [`${words(random, HINDI_WORDS, 2, 6).join(" ")}।`, h] : [h];
    units.push({ hindi: sentences, english: spaced(random, e) });
  }
  return units;
}
