import { foldWord } from "./fold";
import { verbForms } from "./hindi-verbs";

/**
 * Precision guards. Some generated forms are also very common words with another meaning; the
 * matcher accepts such a form only when the words around it allow the glossary reading. The rules
 * look at most two words after and one before, so matching stays one pass over the text.
 *
 * The rules apply to GENERATED forms only. A form written in the glossary — the term itself
 * (an entry "पहले" or "के चलते"), or any word of a multi-word term, whose other words are context
 * enough (पहला दिन finds पहले दिन) — is always matched: that is how an entry asks for it.
 */

/** Folded words around a candidate; null where the text has punctuation, a line break or its edge. */
export interface WordContext {
  prev: string | null;
  next: string | null;
  afterNext: string | null;
}

export interface ContextRule {
  /** What the form means otherwise, for the documentation and the tests. */
  readonly why: string;
  /**
   * A rule that recognises positive evidence for the glossary reading (a verb stem followed by a
   * vector verb) rather than excluding another reading; when it holds, the form outranks a term
   * written that way in another entry (माँग रही: the verb माँगना, not the noun माँग).
   */
  readonly evidence: boolean;
  accepts(context: WordContext): boolean;
}

const folded = (words: string) => new Set(words.split(/\s+/).filter(Boolean).map(foldWord));

/*
 * Vector and modal verbs that follow a bare verb stem (Hook 1974; Kachru 2006 §9): रहना (progressive
 * कह रहा), सकना/पाना/चुकना (modal कह सकता, चल पाया, जा चुका), and the vectors of compound verbs
 * जाना, आना, देना, लेना, डालना, बैठना, उठना, पड़ना, रखना, चलना (चला गया, ले आया, दे दी, ले लिया, मार डाला,
 * कर बैठा, बोल उठा, चल पड़ा, बना रखा, ले चला). लगना is not one: as an auxiliary it takes the oblique
 * infinitive (कहने लगा), and after a bare word it is a main verb (रोक लगा दी, with the noun रोक).
 */
const VECTOR_VERBS = ["रहना", "सकना", "पाना", "चुकना", "जाना", "आना", "देना", "लेना", "डालना", "बैठना", "उठना", "पड़ना", "रखना", "चलना"];
const VECTOR_FORMS = new Set(VECTOR_VERBS.flatMap((v) => [v, ...verbForms(v).map((f) => f.form)]).map(foldWord));
/**
 * After "stem कर", the verbs that make कर the stem of करना in a noun + करना verb (माँग कर रहे हैं
 * "are demanding", बात कर सकते) rather than the conjunctive of the stem (देख कर चले गए "having seen").
 */
const CONJUNCT_AUXILIARIES = new Set(
  ["रहना", "सकना", "पाना", "चुकना", "देना", "लेना", "डालना", "बैठना"].flatMap((v) => [v, ...verbForms(v).map((f) => f.form)]).map(foldWord),
);
/** Negation and emphatic particles may stand between the stem and its vector (कह नहीं सकता, कर ही दिया). */
const PARTICLES = folded("नहीं न ना भी ही तो");
const KAR = foldWord("कर");

/** The bare stem of a verb (कह, चल, माँग) is a verb only before a vector or modal verb. */
export const VERB_STEM_RULE: ContextRule = {
  why: "a bare verb stem is also a noun or another word (माँग 'demand', मान 'honour', बन 'forest', चल 'movable')",
  evidence: true,
  accepts({ next, afterNext }) {
    if (next === null) return false;
    if (PARTICLES.has(next)) return afterNext !== null && VECTOR_FORMS.has(afterNext);
    if (next === KAR) return afterNext === null || !CONJUNCT_AUXILIARIES.has(afterNext);
    return VECTOR_FORMS.has(next);
  },
};

/** The oblique genitive: के and the pronouns' oblique possessives (इसके, उनके, अपने, हमारे …). */
const GENITIVE_OBLIQUE = folded("के इसके उसके जिसके किसके इनके उनके जिनके किनके आपके मेरे तेरे हमारे तुम्हारे अपने");
/** Nouns of time and distance that precede पहले "ago, before" (दो साल पहले, 5 किमी पहले). */
const MEASURES_BEFORE_PAHLE = folded(
  "साल सालों वर्ष वर्षों बरस बरसों दिन दिनों महीने महीनों माह हफ्ते हफ़्ते हफ्तों सप्ताह सप्ताहों घंटे घंटों मिनट मिनटों " +
    "सेकंड पल क्षण दशक दशकों सदी सदियों शताब्दी समय देर किमी किलोमीटर मील मीटर कदम बहुत काफी थोड़ा थोड़ी ज़रा",
);
/** Words after पहले that make it the adverb: पहले से "already", पहले ही, पहले भी, पहले कभी "ever before", पहले जैसा, पहले की तरह, पहले था. */
const AFTER_PAHLE_ADVERB = folded("से ही भी तो कभी जैसा जैसी जैसे की का के कि था थी थे है हैं");
const SE = foldWord("से");
/** What may follow की as a verb (किया's feminine): an auxiliary, a conjunction, or the end of a clause. */
const AFTER_KI_VERB = folded("है हैं था थी थे थीं गई गयी गईं गयीं जा जाती जाएगी जायेगी जानी जाए जाये और तथा एवं व कि लेकिन पर मगर ताकि जबकि");

const isNumeral = (w: string) => /^[0-9.,]+$/.test(w);

function rejectAfter(why: string, words: Set<string>): ContextRule {
  return { why, evidence: false, accepts: ({ prev }) => prev === null || !words.has(prev) };
}

const NEVER = (why: string): ContextRule => ({ why, evidence: false, accepts: () => false });

/*
 * Homographs: [lemma, forms, rule]. Each names a form of a glossary word that is far more often
 * another word, and the context in which it is still the glossary word.
 */
const HOMOGRAPHS: [string, string[], ContextRule][] = [
  [
    "पहला",
    ["पहले"],
    {
      why: "पहले 'before, earlier, ago' (से पहले, दो साल पहले, पहले से): the adjective 'first' only before its noun",
      evidence: false,
      accepts: ({ prev, next }) =>
        next !== null &&
        !AFTER_PAHLE_ADVERB.has(next) &&
        (prev === null || (!prev.endsWith(SE) && !MEASURES_BEFORE_PAHLE.has(prev) && !isNumeral(prev))),
    },
  ],
  ["चलना", ["चलते"], rejectAfter("के चलते 'because of'", GENITIVE_OBLIQUE)],
  ["लेना", ["लेकर"], rejectAfter("से लेकर … तक 'from … to'", folded("से"))],
  ["लेना", ["लिए", "लिये"], rejectAfter("के लिए 'for'", GENITIVE_OBLIQUE)],
  ["मारना", ["मारे"], rejectAfter("के मारे 'out of, because of' (डर के मारे)", GENITIVE_OBLIQUE)],
  [
    "जाना",
    ["जाने"],
    {
      why: "जाने-माने 'well-known', न जाने 'who knows'",
      evidence: false,
      accepts: ({ prev, next }) => prev !== foldWord("न") && next !== foldWord("माने"),
    },
  ],
  ["मानना", ["माने"], rejectAfter("जाने-माने 'well-known'", folded("जाने"))],
  ["जमना", ["जमकर"], NEVER("जमकर 'vigorously, heartily' (an adverb)")],
  ["देना", ["दो"], NEVER("दो 'two'")],
  ["कहना", ["कहीं"], NEVER("कहीं 'somewhere, anywhere'")],
  ["चाहना", ["चाहिए", "चाहिये"], NEVER("चाहिए 'should, is needed' (a modal of its own)")],
  ["चाहना", ["चाहे"], NEVER("चाहे 'whether, even if' (a conjunction)")],
  [
    "करना",
    ["की"],
    {
      why: "की, the genitive postposition, which is always followed by its noun",
      evidence: false,
      accepts: ({ next }) => next === null || AFTER_KI_VERB.has(next),
    },
  ],
];

const RULES = new Map<string, ContextRule>();
for (const [lemma, forms, rule] of HOMOGRAPHS) for (const form of forms) RULES.set(`${foldWord(lemma)}\u0000${foldWord(form)}`, rule);

/** The guard of a generated form of a glossary word (both folded), or undefined. */
export function homographRule(foldedLemma: string, foldedForm: string): ContextRule | undefined {
  return RULES.get(`${foldedLemma}\u0000${foldedForm}`);
}

/**
 * Postpositions, pronouns, particles and conjunctions: a generated form of a content word that is
 * one of these is dropped (the stem से of the noun सेना, the stem तक of तकना), since they occur in
 * nearly every sentence with their own meaning.
 */
export const FUNCTION_WORDS = folded(
  "से ने को का की के में पर तक और या कि तो ही भी न ना नहीं मत यह वह ये वे इस उस इन उन जो जिस जिन कौन क्या " + "एक हम तुम आप मैं है हैं था थी थे",
);
