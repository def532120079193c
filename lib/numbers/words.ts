/**
 * Number words of Hindi and English, as data. Hindi has a separate word for every number from 1
 * to 100 (पच्चीस is 25, not "twenty-five"), so the table lists them all; common spellings are
 * listed too (पन्द्रह and पंद्रह fold to one key, but नब्बे/नवे endings and अठाईस/अट्ठाईस do not).
 * Keys go through the same fold as glossary matching (nukta, chandrabindu and nasal + virama).
 */
import { foldHindiText } from "@/lib/glossary/fold";

export type NumberWord =
  | { kind: "small"; value: number }
  | { kind: "tens"; value: number }
  /** English ordinals (first, twenty-first): soft numbers, since Hindi ordinal words are not read. */
  | { kind: "ordinal"; value: number }
  | { kind: "tens-ordinal"; value: number }
  /** "to", "से" between two figures of a range. */
  | { kind: "range" }
  | { kind: "hundred" }
  | { kind: "scale"; value: number; plural: boolean }
  /** सवा (+¼), साढ़े (+½), पौने (−¼): they change the number that follows (साढ़े तीन = 3½). */
  | { kind: "modifier"; delta: number }
  /** "a"/"an": one, but only directly before hundred or a scale word (a million). */
  | { kind: "article" }
  | { kind: "and" }
  | { kind: "half" }
  | { kind: "month"; value: number };

const HINDI_SMALL: [number, string][] = [
  [0, "शून्य"],
  [1, "एक"],
  [2, "दो"],
  [3, "तीन"],
  [4, "चार"],
  [5, "पाँच पांच"],
  [6, "छह छः छ छै छे"],
  [7, "सात"],
  [8, "आठ"],
  [9, "नौ"],
  [10, "दस"],
  [11, "ग्यारह"],
  [12, "बारह"],
  [13, "तेरह"],
  [14, "चौदह"],
  [15, "पंद्रह पन्द्रह"],
  [16, "सोलह"],
  [17, "सत्रह"],
  [18, "अठारह"],
  [19, "उन्नीस"],
  [20, "बीस"],
  [21, "इक्कीस"],
  [22, "बाईस"],
  [23, "तेईस"],
  [24, "चौबीस"],
  [25, "पच्चीस"],
  [26, "छब्बीस"],
  [27, "सत्ताईस"],
  [28, "अट्ठाईस अठाईस अठ्ठाईस"],
  [29, "उनतीस"],
  [30, "तीस"],
  [31, "इकतीस इकत्तीस"],
  [32, "बत्तीस"],
  [33, "तैंतीस तेंतीस"],
  [34, "चौंतीस"],
  [35, "पैंतीस"],
  [36, "छत्तीस"],
  [37, "सैंतीस"],
  [38, "अड़तीस"],
  [39, "उनतालीस उनचालीस"],
  [40, "चालीस"],
  [41, "इकतालीस"],
  [42, "बयालीस"],
  [43, "तैंतालीस"],
  [44, "चवालीस चौवालीस"],
  [45, "पैंतालीस"],
  [46, "छियालीस"],
  [47, "सैंतालीस"],
  [48, "अड़तालीस"],
  [49, "उनचास"],
  [50, "पचास"],
  [51, "इक्यावन"],
  [52, "बावन"],
  [53, "तिरपन तिरेपन तरेपन"],
  [54, "चौवन चव्वन"],
  [55, "पचपन"],
  [56, "छप्पन"],
  [57, "सत्तावन"],
  [58, "अट्ठावन अठावन"],
  [59, "उनसठ"],
  [60, "साठ"],
  [61, "इकसठ"],
  [62, "बासठ"],
  [63, "तिरसठ"],
  [64, "चौंसठ"],
  [65, "पैंसठ"],
  [66, "छियासठ"],
  [67, "सड़सठ सरसठ"],
  [68, "अड़सठ"],
  [69, "उनहत्तर"],
  [70, "सत्तर"],
  [71, "इकहत्तर"],
  [72, "बहत्तर"],
  [73, "तिहत्तर"],
  [74, "चौहत्तर"],
  [75, "पचहत्तर"],
  [76, "छिहत्तर"],
  [77, "सतहत्तर"],
  [78, "अठहत्तर"],
  [79, "उन्यासी उनासी"],
  [80, "अस्सी"],
  [81, "इक्यासी"],
  [82, "बयासी"],
  [83, "तिरासी"],
  [84, "चौरासी"],
  [85, "पचासी"],
  [86, "छियासी"],
  [87, "सत्तासी"],
  [88, "अट्ठासी अठासी"],
  [89, "नवासी"],
  [90, "नब्बे"],
  [91, "इक्यानबे इक्यानवे"],
  [92, "बानबे बानवे"],
  [93, "तिरानबे तिरानवे"],
  [94, "चौरानबे चौरानवे"],
  [95, "पचानबे पचानवे"],
  [96, "छियानबे छियानवे"],
  [97, "सत्तानबे सत्तानवे"],
  [98, "अट्ठानबे अट्ठानवे"],
  [99, "निन्यानबे निन्यानवे"],
  // डेढ़ and ढाई are numbers of their own (1½, 2½): डेढ़ लाख = 150,000, ढाई सौ = 250.
  [1.5, "डेढ़"],
  [2.5, "ढाई"],
];

// Bare plurals (हज़ारों, लाखों, करोड़ों; thousands, millions) mean "very many", not a figure,
// and are left out on purpose. Hindi news also writes the English scales (मिलियन, बिलियन). Hindi अरब is also "Arab" (सऊदी अरब): a scale needs a number before it.
const HINDI_SCALES: [number, string][] = [
  [1e3, "हज़ार हजार"],
  [1e5, "लाख"],
  [1e6, "मिलियन मिलयन"],
  [1e7, "करोड़ करोड"],
  [1e9, "अरब बिलियन"],
  [1e11, "खरब"],
  [1e12, "ट्रिलियन"],
];

const HINDI_OTHER: [NumberWord, string][] = [
  [{ kind: "hundred" }, "सौ"],
  [{ kind: "modifier", delta: 0.25 }, "सवा"],
  [{ kind: "modifier", delta: 0.5 }, "साढ़े"],
  [{ kind: "modifier", delta: -0.25 }, "पौने"],
  [{ kind: "half" }, "आधा आधी आधे"],
];

// Hindi ordinals: पहला, दूसरा, तीसरा, चौथा, छठा are irregular; the rest add -वाँ/-वीं/-वें to the
// number (पाँचवाँ, आठवीं, बीसवीं सदी), which numberWord strips. Soft, like the English ones.
const HINDI_ORDINALS: [number, string][] = [
  [1, "पहला पहली पहले"],
  [2, "दूसरा दूसरी दूसरे"],
  [3, "तीसरा तीसरी तीसरे"],
  [4, "चौथा चौथी चौथे"],
  [6, "छठा छठी छठे छठवां छठवीं छठवें"],
];
const HINDI_ORDINAL_SUFFIX = /(?:वां|वीं|वी|वें|वे|वा)$/u;

const HINDI_MONTHS = [
  "जनवरी",
  "फ़रवरी फरवरी",
  "मार्च",
  "अप्रैल अप्रेल",
  "मई",
  "जून",
  "जुलाई",
  "अगस्त",
  "सितंबर सितम्बर",
  "अक्टूबर अक्तूबर",
  "नवंबर नवम्बर",
  "दिसंबर दिसम्बर",
];

const ENGLISH_SMALL =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const ENGLISH_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const ENGLISH_ORDINALS =
  "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split(
    " ",
  );
const ENGLISH_TENS_ORDINALS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(" ");
const ENGLISH_SCALES: [number, string][] = [
  [1e3, "thousand"],
  [1e5, "lakh lac"],
  [1e6, "million mn"],
  [1e7, "crore"],
  [1e9, "billion bn"],
  [1e12, "trillion"],
];
const ENGLISH_MONTHS = [
  "january jan",
  "february feb",
  "march mar",
  "april apr",
  "may",
  "june jun",
  "july jul",
  "august aug",
  "september sep sept",
  "october oct",
  "november nov",
  "december dec",
];

function fold(word: string): string {
  return foldHindiText(word.normalize("NFC"));
}

function buildTable(): Map<string, NumberWord> {
  const table = new Map<string, NumberWord>();
  const add = (words: string, entry: NumberWord) => {
    for (const w of words.split(" ")) table.set(fold(w), entry);
  };
  for (const [value, words] of HINDI_SMALL) add(words, { kind: "small", value });
  for (const [value, words] of HINDI_SCALES) add(words, { kind: "scale", value, plural: false });
  for (const [entry, words] of HINDI_OTHER) add(words, entry);
  for (const [value, words] of HINDI_ORDINALS) add(words, { kind: "ordinal", value });
  HINDI_MONTHS.forEach((words, k) => {
    add(words, { kind: "month", value: k + 1 });
  });
  ENGLISH_SMALL.forEach((w, value) => {
    add(w, { kind: "small", value });
  });
  ENGLISH_TENS.forEach((w, k) => {
    add(w, { kind: "tens", value: 20 + 10 * k });
  });
  ENGLISH_ORDINALS.forEach((w, value) => {
    if (value > 0) add(w, { kind: "ordinal", value });
  });
  ENGLISH_TENS_ORDINALS.forEach((w, k) => {
    add(w, { kind: "tens-ordinal", value: 20 + 10 * k });
  });
  add("hundred", { kind: "hundred" });
  add("to से", { kind: "range" });
  for (const [value, words] of ENGLISH_SCALES) {
    add(words, { kind: "scale", value, plural: false });
    // "2 lakhs", "3 crores", "5 millions" (Indian English) are figures after a number.
    add(
      words
        .split(" ")
        .filter((w) => w.length > 2)
        .map((w) => `${w}s`)
        .join(" "),
      { kind: "scale", value, plural: true },
    );
  }
  add("a an", { kind: "article" });
  add("and", { kind: "and" });
  add("half", { kind: "half" });
  ENGLISH_MONTHS.forEach((words, k) => {
    add(words, { kind: "month", value: k + 1 });
  });
  return table;
}

const TABLE = buildTable();

/**
 * A quick no for most words, without a lookup: the number reader asks this for "plain" words, made
 * only of ASCII letters or only of Devanagari letters and signs that numberWord's fold keeps as
 * they are (no nukta, virama, chandrabindu or precomposed nukta letter: those words are already NFC
 * and fold to themselves). A plain word's key is then the word itself (ASCII lowercased), so it can
 * only be a number word if its first letter, last letter and length are those of a key, or of a
 * key followed by a Hindi ordinal suffix. Anything else gets the full numberWord.
 */
export function isPlainKeyChar(c: number): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return true;
  return (c === 0x0902 || c === 0x0903 || (c >= 0x0905 && c <= 0x094c)) && c !== 0x0929 && c !== 0x0931 && c !== 0x0934 && c !== 0x093c;
}

function signature(first: number, last: number, length: number): number {
  return (Math.min(length, 63) * 0x1000 + (first & 0xfff)) * 0x1000 + (last & 0xfff);
}

function lowerAscii(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

const ORDINAL_SUFFIXES = ["वां", "वीं", "वी", "वें", "वे", "वा"];

const SIGNATURES: Set<number> = (() => {
  const out = new Set<number>();
  for (const key of TABLE.keys()) {
    if (key.length === 0) continue;
    out.add(signature(key.charCodeAt(0), key.charCodeAt(key.length - 1), key.length));
    for (const suffix of ORDINAL_SUFFIXES) {
      out.add(signature(key.charCodeAt(0), suffix.charCodeAt(suffix.length - 1), key.length + suffix.length));
    }
  }
  return out;
})();

/** False when the plain word text[start, end) cannot be a number word (see isPlainKeyChar). */
export function mayBePlainNumberWord(text: string, start: number, end: number): boolean {
  return SIGNATURES.has(signature(lowerAscii(text.charCodeAt(start)), lowerAscii(text.charCodeAt(end - 1)), end - start));
}
const cache = new Map<string, NumberWord | null>();

function hindiOrdinal(key: string): NumberWord | null {
  const stem = key.replace(HINDI_ORDINAL_SUFFIX, "");
  if (stem === key) return null;
  const base = TABLE.get(stem);
  if (base?.kind === "small" && Number.isInteger(base.value) && base.value > 0) return { kind: "ordinal", value: base.value };
  if (base?.kind === "hundred") return { kind: "ordinal", value: 100 };
  return null;
}

/** The number meaning of one word (any case, any common Hindi spelling), or null. */
export function numberWord(word: string): NumberWord | null {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const hindi = /[\u0900-\u097F]/.test(word);
  const key = hindi ? fold(word) : word.toLowerCase();
  const found = TABLE.get(key) ?? (hindi ? hindiOrdinal(key) : null);
  if (cache.size < 50_000) cache.set(word, found);
  return found;
}
