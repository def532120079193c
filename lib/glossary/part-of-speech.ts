/**
 * Parts of speech of glossary entries: how a free-text value from the form, a CSV column or a TBX
 * termNote is understood, the values Setu itself writes, and the class inferred from the Hindi form
 * when an entry gives none. The class decides which inflected forms the matcher generates
 * (inflect.ts), so every spelling a translator or another tool is likely to use is recognised here
 * once: English names, their abbreviations, UD and Penn tags, TBX-Basic values and Hindi grammar
 * terms (संज्ञा, क्रिया …).
 */

/** How a word inflects. "verb-or-noun" is an inferred -ना word: a verb, or a noun such as योजना. */
export type WordClass = "noun" | "masculine" | "feminine" | "proper" | "adjective" | "verb" | "verb-or-noun" | "genitive" | "invariant";

/** The values Setu writes (the glossary form offers exactly these; "" = inferred from the term). */
export const partsOfSpeech = ["noun", "noun-m", "noun-f", "properNoun", "adjective", "verb", "adverb", "other"] as const;
export type PartOfSpeech = (typeof partsOfSpeech)[number];

const ADVERB = new Set(["adv", "adverb", "rb", "क्रियाविशेषण"]);
const OTHER = new Set(
  (
    "other x pron pronoun particle part conj conjunction cconj sconj postp postposition psp adp prep preposition " +
    "det determiner num numeral intj interjection सर्वनाम अव्यय परसर्ग"
  ).split(" "),
);
const ADJECTIVE = new Set(["adj", "adjective", "jj", "विशेषण"]);
const VERB = new Set(["verb", "vb", "v", "vt", "vi", "vm", "aux", "क्रिया"]);
const NOUN = new Set(["noun", "n", "nn", "nnc", "संज्ञा"]);
const MASCULINE = new Set(["m", "masc", "masculine", "nm", "पुल्लिंग", "पुंलिंग", "पु"]);
const FEMININE = new Set(["f", "fem", "feminine", "nf", "स्त्रीलिंग", "स्त्री"]);

/** The canonical value for a free-text part of speech, or null when it is empty or not recognised. */
export function parsePartOfSpeech(raw: string | null | undefined): PartOfSpeech | null {
  const words = (raw ?? "")
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  const [first] = words;
  // Order matters: क्रिया विशेषण ("adverb") contains both the words for verb and adjective, and
  // "proper noun" contains "noun".
  if (ADVERB.has(first) || (first === "क्रिया" && words[1] === "विशेषण")) return "adverb";
  if (first.startsWith("proper") || first === "propn" || first === "nnp" || first === "name" || first === "व्यक्तिवाचक") {
    return "properNoun";
  }
  if (OTHER.has(first)) return "other";
  if (ADJECTIVE.has(first)) return "adjective";
  if (VERB.has(first)) return "verb";
  if (NOUN.has(first) || MASCULINE.has(first) || FEMININE.has(first)) {
    if (words.some((w) => FEMININE.has(w))) return "noun-f";
    if (words.some((w) => MASCULINE.has(w))) return "noun-m";
    return "noun";
  }
  return null;
}

/**
 * The value to store: Setu's own spelling when the part of speech is recognised ("Proper noun",
 * "n. f." → properNoun, noun-f), else the value as typed, trimmed; "" for none. Entries are told
 * apart by Hindi + this value, so a re-import of "Noun" finds the entry stored as "noun".
 */
export function normalisePartOfSpeech(raw: string | null | undefined): string {
  return parsePartOfSpeech(raw) ?? (raw ?? "").normalize("NFC").trim();
}

export function wordClassOf(pos: PartOfSpeech): WordClass {
  switch (pos) {
    case "noun":
      return "noun";
    case "noun-m":
      return "masculine";
    case "noun-f":
      return "feminine";
    case "properNoun":
      return "proper";
    case "adjective":
      return "adjective";
    case "verb":
      return "verb";
    default:
      return "invariant";
  }
}

/*
 * Adjectives in -आ that agree (बड़ा → बड़ी, बड़े). They are a closed set of common (tadbhav) words,
 * so they are listed rather than guessed: an -आ noun must never get an -ई form, because that is
 * often a different word (लड़का → लड़की, बेटा → बेटी). Ordinals in -वाँ and adjectives in -ीला/-ैला
 * are recognised by their suffix below.
 */
const MARKED_ADJECTIVES = new Set(
  (
    "अच्छा बुरा बड़ा छोटा नया पुराना पहला दूसरा तीसरा चौथा पिछला अगला पूरा आधा सारा लंबा ऊँचा नीचा गहरा " +
    "मोटा पतला सीधा टेढ़ा गीला सूखा भूखा प्यासा ठंडा काला पीला नीला हरा गोरा सच्चा झूठा खरा खोटा खुला " +
    "भरा अकेला कड़ा कच्चा पक्का मीठा खट्टा कड़वा ताज़ा थोड़ा बूढ़ा गंदा महँगा सस्ता ढीला तीखा फीका भला " +
    "बेचारा प्यारा घना चौड़ा तगड़ा गूँगा बहरा अंधा लँगड़ा पराया अनोखा अधूरा इकलौता ऐसा वैसा जैसा कैसा " +
    "इतना उतना जितना कितना अपना मेरा तेरा हमारा तुम्हारा वाला"
  ).split(" "),
);

const GENITIVES = new Set(["का", "की", "के"]);

/**
 * The class of a Hindi word from its form alone, for entries without a part of speech and for the
 * inner words of a multi-word term:
 *  - का/की/के: the genitive postposition, which agrees with the noun after it;
 *  - ending in -ना: an infinitive (कहना), but also possibly a noun (योजना, घटना), so both;
 *  - ordinals (पाँचवाँ), adjectives in -ीला/-ैला (रंगीला, मैला) and the listed -आ adjectives;
 *  - anything else: a noun of either gender (the regular plurals are harmless on other words,
 *    because matching is whole-word).
 */
export function inferWordClass(word: string): WordClass {
  const w = word.normalize("NFC");
  if (GENITIVES.has(w)) return "genitive";
  if (w.length >= 3 && w.endsWith("ना")) return "verb-or-noun";
  if (/(वाँ|वां|ीला|ैला)$/.test(w) || MARKED_ADJECTIVES.has(w)) return "adjective";
  return "noun";
}

/** The class a whole entry's head word inflects by: the given part of speech, else inferred. */
export function entryWordClass(headWord: string, partOfSpeech: string | null | undefined): WordClass {
  const pos = parsePartOfSpeech(partOfSpeech);
  return pos ? wordClassOf(pos) : inferWordClass(headWord);
}

/** TBX-Basic has a closed partOfSpeech picklist and keeps gender in its own termNote. */
export interface TbxPartOfSpeech {
  partOfSpeech: string;
  grammaticalGender: "masculine" | "feminine" | null;
}

export function toTbxPartOfSpeech(raw: string): TbxPartOfSpeech {
  const pos = parsePartOfSpeech(raw);
  if (pos === "noun-m") return { partOfSpeech: "noun", grammaticalGender: "masculine" };
  if (pos === "noun-f") return { partOfSpeech: "noun", grammaticalGender: "feminine" };
  // A value Setu does not recognise is kept as written rather than lost.
  return { partOfSpeech: pos ?? raw, grammaticalGender: null };
}

export function fromTbxPartOfSpeech(partOfSpeech: string | null, grammaticalGender: string | null): string | null {
  const pos = parsePartOfSpeech(partOfSpeech);
  const gender = (grammaticalGender ?? "").trim().toLowerCase();
  if (pos === "noun" && gender === "masculine") return "noun-m";
  if (pos === "noun" && gender === "feminine") return "noun-f";
  return pos ?? (partOfSpeech?.trim() || null);
}
