/**
 * Light Devanagari → Latin transliteration, only good enough to compare proper names with their
 * English spelling. It is not a romanisation standard: long and short vowels fold together because
 * English spellings of Indian names rarely mark length.
 */

const CONSONANTS: Record<string, string> = {
  क: "k",
  ख: "kh",
  ग: "g",
  घ: "gh",
  ङ: "n",
  च: "ch",
  छ: "chh",
  ज: "j",
  झ: "jh",
  ञ: "n",
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
  ऩ: "n",
  प: "p",
  फ: "ph",
  ब: "b",
  भ: "bh",
  म: "m",
  य: "y",
  र: "r",
  ऱ: "r",
  ल: "l",
  ळ: "l",
  ऴ: "l",
  व: "v",
  श: "sh",
  ष: "sh",
  स: "s",
  ह: "h",
};

// NFC keeps क़ ज़ ड़ … decomposed (they are composition exclusions), so the nukta arrives separately.
const NUKTA_FORMS: Record<string, string> = {
  क: "q",
  ख: "kh",
  ग: "gh",
  ज: "z",
  ड: "r",
  ढ: "rh",
  फ: "f",
  य: "y",
};

const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: "a",
  आ: "aa",
  इ: "i",
  ई: "i",
  उ: "u",
  ऊ: "u",
  ऋ: "ri",
  ऍ: "e",
  ए: "e",
  ऐ: "ai",
  ऑ: "o",
  ओ: "o",
  औ: "au",
};

const MATRAS: Record<string, string> = {
  "\u093E": "aa",
  "\u093F": "i",
  "\u0940": "i",
  "\u0941": "u",
  "\u0942": "u",
  "\u0943": "ri",
  "\u0945": "e",
  "\u0947": "e",
  "\u0948": "ai",
  "\u0949": "o",
  "\u094B": "o",
  "\u094C": "au",
};

const VIRAMA = "\u094D";
const NUKTA = "\u093C";
const ANUSVARA = "\u0902";
const CHANDRABINDU = "\u0901";
const VISARGA = "\u0903";

interface Unit {
  consonant: string; // "" for an independent vowel or a pass-through character
  vowel: string; // "" after a virama or a deleted schwa
  inherent: boolean; // vowel is the implicit schwa, so a candidate for deletion
  tail: string; // nasalisation / visarga marks, resolved at output time
  afterVirama: boolean; // second or later member of a conjunct
}

function parseUnits(word: string): Unit[] {
  const units: Unit[] = [];
  let previousVirama = false;
  for (const ch of word.normalize("NFC")) {
    const last = units[units.length - 1];
    if (CONSONANTS[ch] !== undefined) {
      units.push({ consonant: CONSONANTS[ch], vowel: "a", inherent: true, tail: "", afterVirama: previousVirama });
      previousVirama = false;
      continue;
    }
    previousVirama = false;
    if (ch === NUKTA && last) {
      const base = Object.keys(CONSONANTS).find((k) => CONSONANTS[k] === last.consonant && NUKTA_FORMS[k]);
      if (base) last.consonant = NUKTA_FORMS[base];
    } else if (ch === VIRAMA && last?.consonant) {
      last.vowel = "";
      last.inherent = false;
      previousVirama = true;
    } else if (MATRAS[ch] !== undefined && last?.consonant) {
      last.vowel = MATRAS[ch];
      last.inherent = false;
    } else if (ch === ANUSVARA || ch === CHANDRABINDU) {
      if (last) last.tail += "N";
    } else if (ch === VISARGA) {
      if (last) last.tail += "h";
    } else if (INDEPENDENT_VOWELS[ch] !== undefined) {
      units.push({ consonant: "", vowel: INDEPENDENT_VOWELS[ch], inherent: false, tail: "", afterVirama: false });
    } else if (ch === "\u200C" || ch === "\u200D" || ch === "\u093D") {
      // joiners and avagraha change rendering, not pronunciation
    } else {
      units.push({ consonant: "", vowel: ch.toLowerCase(), inherent: false, tail: "", afterVirama: false });
    }
  }
  return units;
}

/**
 * Hindi drops the inherent schwa word-finally and in V C _ C V contexts (सरकार → sarkar, not
 * sarakara). Scanning right to left and never deleting two schwas in a row is the usual heuristic;
 * a final conjunct keeps its schwa (मित्र → mitra, कृष्ण → krishna).
 */
function deleteSchwas(units: Unit[]): void {
  const last = units[units.length - 1];
  if (units.length > 1 && last.inherent && !last.afterVirama && last.tail === "") {
    last.vowel = "";
  }
  for (let k = units.length - 2; k >= 1; k--) {
    const u = units[k];
    const prev = units[k - 1];
    const next = units[k + 1];
    if (!u.inherent || u.vowel === "" || u.tail !== "" || u.afterVirama) continue;
    if (prev.vowel === "" || !/^[aeiou]/.test(prev.vowel)) continue;
    if (next.consonant === "" || next.vowel === "") continue;
    u.vowel = "";
  }
}

function renderNasal(next: Unit | undefined): string {
  return next && /^(p|b|m|f)/.test(next.consonant) ? "m" : "n";
}

export function transliterateDevanagari(word: string): string {
  const units = parseUnits(word);
  deleteSchwas(units);
  let out = "";
  units.forEach((u, k) => {
    out += u.consonant + u.vowel;
    for (const mark of u.tail) out += mark === "N" ? renderNasal(units[k + 1]) : mark;
  });
  return out;
}

/**
 * A spelling-insensitive skeleton for matching a transliterated Hindi word with an English word:
 * aspiration and doubled letters vanish and every vowel run becomes "a", because English spellings
 * of the same name disagree exactly there (Delhi/dilli, Sharma/sharmaa, Modi/modi).
 */
export function nameKey(s: string): string {
  let x = s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z]/g, "");
  x = x
    .replace(/chh|ch/g, "C")
    .replace(/sh/g, "s")
    .replace(/ph/g, "f")
    .replace(/x/g, "ks")
    .replace(/q/g, "k")
    .replace(/z/g, "j")
    .replace(/c/g, "k")
    .replace(/C/g, "c")
    .replace(/v/g, "w");
  x = x.replace(/([bcdfgjklmnprstwy])h/g, "$1");
  // anusvara before a velar is heard as "ng" in English spellings (सिंह / Singh)
  x = x.replace(/ng/g, "n");
  x = x.replace(/[aeiou]+/g, "a");
  return x.replace(/(.)\1+/g, "$1");
}
