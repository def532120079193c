/**
 * Sentence-boundary rules as data, so a project can add its own abbreviations without touching
 * the scanner: `{ ...hindiRules, abbreviations: [...hindiRules.abbreviations, "नया."] }`.
 * Entries are compared after normaliseText, so they may be written with precomposed nukta letters.
 */
export interface SegmentRules {
  /** Single characters that can end a sentence; runs of them ("?!", "।।", "...") count as one. */
  terminators: readonly string[];
  /** Closing quotes and brackets that stay with the sentence they close. */
  closers: readonly string[];
  /**
   * Tokens ending in "." that do not end a sentence, unless the next word is in
   * `sentenceStarters` (e.g. "... in the U.S. The next day ...").
   */
  abbreviations: readonly string[];
  /** Tokens ending in "." after which we never split: a name always follows a title. */
  titles: readonly string[];
  /** Single-letter initials such as "A." or "ए." after which we never split. */
  initials: readonly string[];
  /** Words that, after an ambiguous abbreviation, show that a new sentence has begun. */
  sentenceStarters: readonly string[];
  /**
   * Terminators that do not end a sentence when the next word starts with a lower-case Latin
   * letter ("Wait... what", "\"Why?\" she asked").
   */
  noSplitBeforeLowercase: readonly string[];
}

const CLOSERS = ["”", "’", '"', "'", "»", ")", "]", "}"] as const;

const LATIN_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("").map((c) => `${c}.`);

export const hindiRules: SegmentRules = {
  terminators: ["।", "॥", "?", "!", ".", "…"],
  closers: CLOSERS,
  abbreviations: [
    "रु.",
    "रू.",
    "ई.पू.",
    "ई.",
    "कि.मी.",
    "कि.ग्रा.",
    // The same units as newspapers also write them, without the inner dot ("15 किमी. पैदल").
    "किमी.",
    "किग्रा.",
    "सेमी.",
    "मिमी.",
    "ग्रा.",
    "मि.ग्रा.",
    "से.मी.",
    "मि.मी.",
    "मि.ली.",
    "सं.",
    "पृ.",
    "मि.",
    "ले.",
    "क्र.",
    "लि.",
    "प्रा.",
    "जि.",
    "नं.",
    "वि.",
    "उ.प्र.",
    "म.प्र.",
    "वि.सं.",
    // Latin abbreviations are common inside Hindi news prose.
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "Rs.",
    "No.",
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    "Ltd.",
    "Inc.",
  ],
  titles: ["डॉ.", "डा.", "प्रो.", "श्री.", "श्रीमती.", "सुश्री.", "कु.", "स्व.", "पं.", "मो.", "मु.", "सर."],
  // English letter names as Hindi writes initials ("ए.पी.जे.", "एम. करुणानिधि").
  initials: [
    "ए.",
    "बी.",
    "सी.",
    "डी.",
    "ई.",
    "एफ.",
    "जी.",
    "एच.",
    "आई.",
    "जे.",
    "के.",
    "एल.",
    "एम.",
    "एन.",
    "ओ.",
    "पी.",
    "क्यू.",
    "आर.",
    "एस.",
    "टी.",
    "यू.",
    "वी.",
    "डब्ल्यू.",
    // W has no settled spelling: डब्ल्यू, डब्लू and डबल्यू all occur ("जॉर्ज डब्लू. बुश").
    "डब्लू.",
    "डबल्यू.",
    "एक्स.",
    "वाई.",
    "ज़ेड.",
    "जेड.",
    ...LATIN_CAPITALS,
  ],
  sentenceStarters: [
    "यह",
    "वह",
    "ये",
    "वे",
    "लेकिन",
    "परंतु",
    "परन्तु",
    "किंतु",
    "किन्तु",
    "हालांकि",
    "हालाँकि",
    "इसके",
    "उन्होंने",
    "मैं",
    "हम",
    "अब",
    "फिर",
    "तब",
  ],
  // Devanagari has no case, so only "." runs (abbreviations, "...") look at a following Latin word.
  noSplitBeforeLowercase: [".", "…"],
};

export const englishRules: SegmentRules = {
  terminators: ["?", "!", ".", "…"],
  closers: CLOSERS,
  abbreviations: [
    "U.S.",
    "U.K.",
    "U.N.",
    "E.U.",
    "e.g.",
    "i.e.",
    "E.g.",
    "I.e.",
    "etc.",
    "vs.",
    "v.",
    "No.",
    "Nos.",
    "Jr.",
    "Sr.",
    "Inc.",
    "Ltd.",
    "Co.",
    "Corp.",
    "Bros.",
    "a.m.",
    "p.m.",
    "Ph.D.",
    "cf.",
    "al.",
    "approx.",
    "Fig.",
    "fig.",
    "Vol.",
    "vol.",
    "pp.",
    "p.",
    "Ave.",
    "Rd.",
    "Dept.",
    "Govt.",
    "Rs.",
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "Jun.",
    "Jul.",
    "Aug.",
    "Sep.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
  ],
  titles: [
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Prof.",
    "St.",
    "Mt.",
    "Rev.",
    "Gen.",
    "Col.",
    "Capt.",
    "Lt.",
    "Sgt.",
    "Gov.",
    "Sen.",
    "Rep.",
    "Hon.",
    "Smt.",
    "Shri.",
  ],
  initials: LATIN_CAPITALS,
  // Kept deliberately small: a capitalised word after "U.S." is far more often a name ("U.S. Army").
  sentenceStarters: ["The", "It", "He", "She", "They", "We", "This", "But", "In", "On", "A", "I", "There", "That"],
  noSplitBeforeLowercase: [".", "?", "!", "…"],
};
