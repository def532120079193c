/**
 * The forms a Hindi verb takes in running text, generated from its infinitive (कहना, बताना, पीना).
 * Hindi verbs are agglutinative on a stem (the infinitive minus -ना) that never changes, except in
 * the few irregular verbs listed in IRREGULAR_VERBS. Tense and aspect are mostly carried by
 * auxiliaries written as separate words (कहा है, कह रहा था, कहा जाएगा), so the forms of the verb
 * word itself are few:
 *
 *   infinitive         -ना -नी -ने        कहना, (बात) कहनी (है), कहने (के लिए) — -ने is also the oblique
 *   imperfective       -ता -ती -ते -तीं   कहता, कहती
 *   perfective         -आ -ई -ए -ईं        कहा, कही, कहे; after a vowel -या/-यी/-ये: बताया, बतायी, बताये
 *   future             -ऊँगा -एगा -एँगे -ओगे …  कहूँगा, कहेगा, बताएगा / बतायेगा
 *   subjunctive        -ऊँ -ए -एँ -ओ       कहूँ, कहे, कहें, कहो; बताऊँ, बताए, बताएँ, बताओ
 *   polite imperative  -इए -इएगा          कहिए, बताइए
 *   conjunctive        -कर -के            कहकर, बचके
 *   bare stem          कह                 before a vector or modal verb: कह दिया, चल पाया, ले जाते
 *
 * Endings that begin with a vowel are written as vowel signs after a consonant (कह + ा = कहा) and as
 * independent vowel letters after a vowel (बता + ई = बताई). Stems ending in -ई or -ऊ shorten that
 * vowel before a vowel ending (पीना → पिया, पिए; छूना → छुआ), the one stem change that is regular.
 * Only spellings in common use are generated, both with ए and with ये after vowels (बताए / बताये);
 * chandrabindu and anusvara need not both be listed because matching folds one into the other.
 */

const VIRAMA = "\u094D";
const NUKTA = "\u093C";

/** A generated form; `bare` marks the bare stem, which is only a verb before a vector verb. */
export interface VerbForm {
  form: string;
  bare?: true;
}

type Slot = "perfective" | "future" | "subjunctive" | "polite" | "conjunctive";
type Paradigm = Record<Slot | "imperfective" | "infinitive", string[]>;

interface IrregularVerb {
  /** Forms that replace the regular ones of a slot. */
  replace: Partial<Record<Slot, string[]>>;
  /** Forms added to the regular ones (the regular forms stay). */
  add?: string[];
}

/*
 * The irregular verbs of Hindi. Their imperfective, infinitive and conjunctive forms are regular
 * (जाता, देने, लेकर, करके, होकर); what differs:
 *  - जाना: suppletive perfective गया (from an old root), beside the regular जाया that survives in
 *    compounds (आया-जाया करो) and the passive (जाया जाता है).
 *  - देना, लेना: perfective on the short stem (दिया, लिया), future and subjunctive fused with the
 *    stem vowel (देगा, दूँगा, दो), polite imperative in -ईजिए (दीजिए, लीजिए).
 *  - करना: perfective किया/की/किए, polite imperative कीजिए beside the regular करिए.
 *  - होना: perfective हुआ, future fused (होगा). Its present and past (है, हैं, था, थी, थे) are the
 *    copula and the auxiliary of nearly every tense; they are not generated, so an entry for होना
 *    ("to happen, to become") does not light up every sentence.
 * पीना, जीना, सीना are regular under the -ई stem rule (पिया, पी, पिए, पीजिए), and so are छूना (छुआ),
 * सोना (सोया) and the other vowel stems.
 */
const IRREGULAR_VERBS: Record<string, IrregularVerb> = {
  जाना: { replace: {}, add: ["गया", "गई", "गयी", "गए", "गये", "गईं", "गयीं"] },
  देना: {
    replace: {
      perfective: ["दिया", "दी", "दिए", "दिये", "दीं"],
      future: ["दूँगा", "दूँगी", "देगा", "देगी", "देंगे", "देंगी", "दोगे", "दोगी"],
      subjunctive: ["दूँ", "दे", "दें", "दो"],
      polite: ["दीजिए", "दीजिये", "दीजिएगा"],
    },
  },
  लेना: {
    replace: {
      perfective: ["लिया", "ली", "लिए", "लिये", "लीं"],
      future: ["लूँगा", "लूँगी", "लेगा", "लेगी", "लेंगे", "लेंगी", "लोगे", "लोगी"],
      subjunctive: ["लूँ", "ले", "लें", "लो"],
      polite: ["लीजिए", "लीजिये", "लीजिएगा"],
    },
  },
  करना: {
    replace: { perfective: ["किया", "की", "किए", "किये", "कीं"] },
    add: ["कीजिए", "कीजिये", "कीजिएगा"],
  },
  होना: {
    replace: {
      perfective: ["हुआ", "हुई", "हुए", "हुये", "हुयी", "हुईं"],
      future: ["होगा", "होगी", "होंगे", "होंगी", "होऊँगा", "होऊँगी", "होओगे"],
      subjunctive: ["होऊँ", "हो", "हों", "होओ"],
      polite: ["होइए", "होइये"],
    },
  },
};

// Endings after a consonant stem (कह-) and after a vowel stem (बता-, सो-).
const AFTER_CONSONANT: Paradigm = {
  infinitive: ["ना", "नी", "ने"],
  imperfective: ["ता", "ती", "ते", "तीं"],
  perfective: ["ा", "ी", "े", "ीं"],
  // -ेगीं and -ेंगीं: the plural nasal also (or only) written on the final vowel, a frequent spelling.
  future: ["ूँगा", "ूँगी", "ेगा", "ेगी", "ेंगे", "ेंगी", "ोगे", "ोगी", "ेगीं", "ेंगीं"],
  subjunctive: ["ूँ", "े", "ें", "ो"],
  polite: ["िए", "िये", "िएगा"],
  conjunctive: ["कर", "के"],
};
const AFTER_VOWEL: Paradigm = {
  infinitive: AFTER_CONSONANT.infinitive,
  imperfective: AFTER_CONSONANT.imperfective,
  perfective: ["या", "ई", "यी", "ए", "ये", "ईं", "यीं"],
  future: ["ऊँगा", "ऊँगी", "एगा", "येगा", "एगी", "येगी", "एँगे", "येंगे", "एँगी", "येंगी", "ओगे", "ओगी", "एगीं", "एंगीं"],
  subjunctive: ["ऊँ", "ए", "ये", "एँ", "यें", "ओ"],
  polite: ["इए", "इये", "इएगा"],
  conjunctive: AFTER_CONSONANT.conjunctive,
};

function isConsonant(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x0915 && c <= 0x0939) || (c >= 0x0958 && c <= 0x095f);
}

/** The short vowel a final -ई/-ऊ of a stem becomes before a vowel ending. */
const SHORTER: Record<string, string> = { "\u0940": "\u093F", "\u0908": "\u0907", "\u0942": "\u0941", "\u090A": "\u0909" };

const SLOTS: Slot[] = ["perfective", "future", "subjunctive", "polite", "conjunctive"];

function withEndings(base: string, endings: Paradigm): Paradigm {
  return Object.fromEntries(Object.entries(endings).map(([slot, ends]) => [slot, ends.map((e) => base + e)])) as Paradigm;
}

/** Regular forms per slot for a stem. */
function regularForms(stem: string): Paradigm {
  const last = stem.slice(-1);
  if (isConsonant(last) || last === NUKTA || last === VIRAMA) return withEndings(stem, AFTER_CONSONANT);
  const forms = withEndings(stem, AFTER_VOWEL);
  if (last === "ी" || last === "ई" || last === "ू" || last === "ऊ") {
    const short = stem.slice(0, -1) + SHORTER[last];
    const shortForms = withEndings(short, AFTER_VOWEL);
    forms.future.push(...shortForms.future);
    forms.subjunctive.push(...shortForms.subjunctive);
    if (last === "ी" || last === "ई") {
      // पी-: पिया, पिए / पिये; the feminine perfective is the stem itself (पी, पीं); polite पीजिए.
      forms.perfective = [`${short}या`, stem, `${stem}ं`, `${short}ए`, `${short}ये`];
      forms.polite = [`${stem}जिए`, `${stem}जिये`];
    } else {
      // छू-: छुआ, छुई, छुए (the long vowel shortens before the ending).
      forms.perfective = ["आ", "ई", "ए", "ईं"].map((e) => short + e);
      forms.polite = shortForms.polite;
    }
  }
  return forms;
}

/** The stem of an infinitive (कहना → कह), or null when the word is not one. */
export function verbStem(infinitive: string): string | null {
  const w = infinitive.normalize("NFC");
  return w.length >= 3 && w.endsWith("ना") ? w.slice(0, -2) : null;
}

/** All forms of a verb given as its infinitive; [] when the word does not end in -ना. */
export function verbForms(infinitive: string): VerbForm[] {
  const w = infinitive.normalize("NFC");
  const stem = verbStem(w);
  if (stem === null) return [];
  const regular = regularForms(stem);
  const irregular = IRREGULAR_VERBS[w];
  const out: string[] = [...regular.infinitive, ...regular.imperfective];
  for (const slot of SLOTS) out.push(...(irregular?.replace[slot] ?? regular[slot]));
  if (irregular?.add) out.push(...irregular.add);
  const seen = new Set<string>();
  const forms: VerbForm[] = [];
  for (const form of out) {
    if (seen.has(form)) continue;
    seen.add(form);
    forms.push({ form });
  }
  // A stem that is also a finite form (दे "may give", हो, पी "drank") needs no context.
  if (!seen.has(stem)) forms.push({ form: stem, bare: true });
  return forms;
}
