/**
 * Whole-word, case-insensitive search for English glossary terms in a translation, tolerant of the
 * inflections a translator applies: plural and possessive of nouns (farmer → farmers, farmers',
 * policy → policies, crisis → crises, leaf → leaves, chairman → chairmen), the -s, -ed and -ing forms
 * of verbs (exercise → exercised, ban → banned, panic → panicked) and the irregular nouns and verbs
 * listed in english-irregular.ts (child → children, seize → seized, take → took/taken). A glossary
 * term may itself be inflected (sanctions, exercised): it then also accepts its base word and that
 * word's other forms, since a translator writing "a sanction" uses the same term. A verb cited with
 * its infinitive marker ("to state") is found without it too ("stated").
 * Comparative and derived forms (farmer for farm, stronger for strong) are different words and are
 * never generated.
 */
import { irregularForms } from "./english-irregular";

export interface EnglishWord {
  start: number;
  end: number;
  word: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*['’]?/gu;

function normalise(word: string): string {
  return word.normalize("NFC").toLowerCase().replaceAll("’", "'");
}

export function tokenizeEnglish(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, word: normalise(m[0]) });
  }
  return out;
}

const VOWELS = "aeiou";
const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch);
const SIBILANT_END = /(s|x|z|ch|sh)$/;

/** ban → bann (banned, banning): a final consonant after a single vowel doubles (also in refer, control). */
function doubled(w: string): string | null {
  const [a, b, c] = [w.at(-3), w.at(-2), w.at(-1)];
  if (c === undefined || isVowel(c) || "wxy".includes(c) || !isVowel(b) || isVowel(a)) return null;
  return w + c;
}

/** Regular forms of a word taken as a base form: plural / 3rd person, past, participles. */
function regularForms(w: string): string[] {
  const out = [w, `${w}s`, `${w}ed`, `${w}ing`];
  if (SIBILANT_END.test(w) || /[^aeiou]o$/.test(w)) out.push(`${w}es`); // taxes, watches, heroes
  if (w.endsWith("e")) out.push(`${w}d`, `${w.slice(0, -1)}ing`); // exercised, exercising
  if (w.endsWith("ie")) out.push(`${w.slice(0, -2)}ying`); // die → dying
  if (/[^aeiou]y$/.test(w)) out.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`); // policy → policies, rely → relied
  if (w.endsWith("c")) out.push(`${w}ked`, `${w}king`); // panic → panicked
  const dbl = doubled(w);
  if (dbl) out.push(`${dbl}ed`, `${dbl}ing`); // ban → banned, refer → referred
  // Greek, Latin and Germanic plurals that are regular within their class.
  if (w.endsWith("is")) out.push(`${w.slice(0, -2)}es`); // crisis → crises
  if (w.endsWith("us")) out.push(`${w.slice(0, -2)}i`); // nucleus → nuclei
  if (w.endsWith("um")) out.push(`${w.slice(0, -2)}a`); // memorandum → memoranda
  if (/(ex|ix)$/.test(w)) out.push(`${w.slice(0, -2)}ices`); // index → indices
  if (w.endsWith("man")) out.push(`${w.slice(0, -3)}men`); // chairman → chairmen
  if (/[^f]f$/.test(w)) out.push(`${w.slice(0, -1)}ves`); // leaf → leaves
  if (w.endsWith("fe")) out.push(`${w.slice(0, -2)}ves`); // knife → knives
  return out;
}

/*
 * Words ending in -s, -ed or -ing that are not inflections of a shorter word (news ≠ new, means ≠
 * mean, evening ≠ even). Words in -ss, -us, -is and -ics are recognised by their ending, and bases
 * shorter than three letters are never tried (sing, bed); a nonsense base (hundred → hundr) is harmless.
 */
const NOT_INFLECTED = new Set(["news", "means", "goods", "customs", "odds", "species", "evening", "being", "wicked"]);

/** Base words a (possibly inflected) word may come from, the word itself included. */
function baseCandidates(w: string): string[] {
  const out = [w];
  if (NOT_INFLECTED.has(w) || w.length < 4) return out;
  const strip = (n: number, add = "") => {
    const base = w.slice(0, w.length - n) + add;
    if (base.length >= 3) out.push(base);
  };
  if (w.endsWith("s") && !/(ss|us|is|ics)$/.test(w)) {
    strip(1); // sanctions → sanction
    if (w.endsWith("ies")) strip(3, "y"); // policies → policy
    if (w.endsWith("es") && SIBILANT_END.test(w.slice(0, -2))) strip(2); // taxes → tax
    if (w.endsWith("ves")) {
      strip(3, "f"); // leaves → leaf
      strip(3, "fe"); // knives → knife
    }
  }
  if (w.endsWith("ed")) {
    strip(2); // banned → bann (harmless), sanctioned → sanction
    strip(1); // exercised → exercise
    if (w.endsWith("ied")) strip(3, "y");
    if (w.at(-3) === w.at(-4)) strip(3); // banned → ban
  }
  if (w.endsWith("ing")) {
    strip(3); // sanctioning → sanction
    strip(3, "e"); // exercising → exercise
    if (w.at(-4) === w.at(-5)) strip(4); // banning → ban
  }
  if (w.endsWith("men")) strip(3, "man"); // chairmen → chairman
  return out;
}

/** Forms a text word may take for a glossary word; possessive endings are layered on each. */
export function englishVariants(word: string): Set<string> {
  const w = normalise(word);
  const lemmas = new Set<string>();
  for (const base of baseCandidates(w)) {
    lemmas.add(base);
    for (const form of irregularForms(base)) lemmas.add(form);
  }
  const bases = new Set<string>();
  for (const lemma of lemmas) for (const form of regularForms(lemma)) bases.add(form);
  const out = new Set<string>();
  for (const b of bases) {
    out.add(b);
    out.add(`${b}'s`);
    out.add(`${b}'`);
  }
  return out;
}

export interface EnglishTermSearch {
  /** All non-overlapping occurrences of the term, as [start, end) offsets into the text. */
  find(words: EnglishWord[]): [number, number][];
}

const compiled = new Map<string, EnglishTermSearch>();
/** Compiled terms kept for reuse: a document's consistency check asks for the same few hundred terms per unit. */
const COMPILED_LIMIT = 20_000;

export function compileEnglishTerm(term: string): EnglishTermSearch {
  const known = compiled.get(term);
  if (known) return known;
  const termWords = tokenizeEnglish(term);
  // "to state" is how glossaries cite a verb; a translation says "stated", so the infinitive marker is optional.
  const optionalTo = termWords.length > 1 && termWords[0].word === "to";
  const parts = termWords.slice(optionalTo ? 1 : 0).map((w) => englishVariants(w.word));
  const search: EnglishTermSearch = {
    find(words) {
      const found: [number, number][] = [];
      if (parts.length === 0) return found;
      for (let i = 0; i + parts.length <= words.length; i++) {
        if (parts.every((variants, k) => variants.has(words[i + k].word))) {
          const start = optionalTo && i > 0 && words[i - 1].word === "to" ? i - 1 : i;
          found.push([words[start].start, words[i + parts.length - 1].end]);
          i += parts.length - 1;
        }
      }
      return found;
    },
  };
  if (compiled.size >= COMPILED_LIMIT) compiled.clear();
  compiled.set(term, search);
  return search;
}
