import { type ContextRule, FUNCTION_WORDS, homographRule, VERB_STEM_RULE } from "./context-rules";
import { foldHindiDetailed, foldWord } from "./fold";
import { adjectiveForms, genitiveForms, nounForms, properNounForms } from "./hindi-nominals";
import { verbForms } from "./hindi-verbs";
import { entryWordClass, inferWordClass, type WordClass } from "./part-of-speech";
import { tokenizeFolded } from "./tokenize";

/**
 * Inflected forms of the words of a Hindi glossary term. Every word inflects by its own class: the
 * head (the last word, which Hindi noun phrases and conjunct verbs end in) by the entry's part of
 * speech or, without one, by the class its form suggests; the words before it by the class their
 * form suggests, so that the genitive inside a term agrees (स्वतंत्र राज्यों का राष्ट्रमंडल → …के
 * राष्ट्रमंडल) and an adjective in front agrees (बड़ा शहर → बड़े शहरों). Combinations that no text uses
 * (बड़ी शहरों) cost nothing: a multi-word term only matches where all its words occur in sequence.
 */

export interface WordForm {
  /** As generated (NFC, chandrabindu where the grammar writes it). */
  form: string;
  /** As the matcher compares it (fold.ts). */
  folded: string;
  /** The word as written in the glossary, rather than an inflection of it. */
  written: boolean;
  /** Set when the form is matched only in a context that allows it (context-rules.ts). */
  rule: ContextRule | null;
}

export interface TermWord {
  word: string;
  wordClass: WordClass;
  forms: WordForm[];
}

function generated(word: string, wordClass: WordClass): { form: string; bare?: true }[] {
  if (!/[\u0900-\u097f]$/.test(word)) return [];
  const plain = (forms: string[]) => forms.map((form) => ({ form }));
  switch (wordClass) {
    case "invariant":
      return [];
    case "genitive":
      return plain(genitiveForms());
    case "adjective":
      return plain(adjectiveForms(word));
    case "proper":
      return plain(properNounForms(word));
    case "verb":
      return verbForms(word);
    case "verb-or-noun":
      return [...verbForms(word), ...plain(nounForms(word, "either"))];
    case "masculine":
      return plain(nounForms(word, "masculine"));
    case "feminine":
      return plain(nounForms(word, "feminine"));
    default:
      return plain(nounForms(word, "either"));
  }
}

/** The word itself first, then its inflected forms, each once (by folded spelling). */
export function inflectWord(word: string, wordClass: WordClass): WordForm[] {
  const w = word.normalize("NFC");
  const lemma = foldWord(w);
  const out: WordForm[] = [{ form: w, folded: lemma, written: true, rule: null }];
  const seen = new Map<string, WordForm>([[lemma, out[0]]]);
  for (const { form, bare } of generated(w, wordClass)) {
    const f = foldWord(form);
    const homograph = homographRule(lemma, f);
    const rule = homograph ?? (bare ? VERB_STEM_RULE : null);
    const known = seen.get(f);
    if (known) {
      // The same spelling from two slots (दे: bare stem and subjunctive): the unguarded one wins.
      if (known.rule && !rule) known.rule = null;
      continue;
    }
    if (!homograph && wordClass !== "genitive" && FUNCTION_WORDS.has(f)) continue;
    const entry: WordForm = { form, folded: f, written: false, rule };
    seen.set(f, entry);
    out.push(entry);
  }
  return out;
}

/** The words of a term as the matcher sees them: split where the text tokenizer splits (spaces, hyphens). */
export function termWords(term: string): string[] {
  const text = term.normalize("NFC").trim();
  const { folded, map, ends } = foldHindiDetailed(text);
  return tokenizeFolded(folded).map((t) => text.slice(map[t.start], ends[t.end - 1]));
}

/** Each word of a term with its class and forms; [] for a term without words. */
export function inflectTerm(term: string, partOfSpeech?: string | null): TermWord[] {
  const words = termWords(term);
  return words.map((word, i) => {
    const wordClass = i === words.length - 1 ? entryWordClass(word, partOfSpeech) : inferWordClass(word);
    return { word, wordClass, forms: inflectWord(word, wordClass) };
  });
}
