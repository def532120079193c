/**
 * Anchors are tokens that survive translation unchanged or nearly so: numbers, Latin-script
 * acronyms inside Hindi, proper names (compared through `nameKey`) and caller glossary terms.
 */
import { extractNumbers } from "@/lib/numbers/read-numbers";
import { nameKey, transliterateDevanagari } from "./transliterate";
import type { GlossaryPair } from "./types";

export interface HindiAnchors {
  /** Anchors that should find a partner: numbers, Latin tokens, glossary terms. */
  strong: string[];
  /** Name keys of every Devanagari word; most are ordinary words, so they only count when matched. */
  weak: string[];
}

const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D]+/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;
const ENGLISH_WORD = /[A-Za-z]+/g;

// Capitalised only because they open the sentence; they are not names.
const SENTENCE_OPENERS = new Set(
  (
    "a an the this that these those it its he she they we you i his her their our my there here " +
    "in on at of for from to by with after before during when while as if but and or so yet " +
    "however meanwhile also then now later earlier today yesterday according some many most all " +
    "every each no not one two three both what which who why how where since until despite " +
    "although though because once only even still such other another more most several"
  ).split(" "),
);

// Short keys collide with ordinary Hindi words by chance.
const MIN_WEAK_KEY = 3;
const MIN_KEY = 2;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function wholeWord(term: string, flags: string): RegExp {
  const body = escapeRegExp(term.normalize("NFC").trim());
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${body}(?![\\p{L}\\p{M}\\p{N}])`, flags);
}

/** Compiled glossary so a long document does not rebuild the patterns per sentence. */
export interface GlossaryMatcher {
  hindi: RegExp[];
  english: RegExp[];
}

export function compileGlossary(glossary: GlossaryPair[] = []): GlossaryMatcher {
  const usable = glossary.filter((g) => g.hindi.trim() && g.english.trim());
  return {
    hindi: usable.map((g) => wholeWord(g.hindi, "u")),
    english: usable.map((g) => wholeWord(g.english, "iu")),
  };
}

function glossaryHits(text: string, patterns: RegExp[]): string[] {
  const out: string[] = [];
  patterns.forEach((p, k) => {
    if (p.test(text)) out.push(`g:${k}`);
  });
  return out;
}

export function extractHindiAnchors(text: string, glossary?: GlossaryMatcher): HindiAnchors {
  const normalised = text.normalize("NFC");
  const strong = extractNumbers(normalised).map((n) => `n:${n}`);
  for (const m of normalised.matchAll(LATIN_WORD)) {
    const key = nameKey(m[0]);
    if (key.length >= MIN_KEY) strong.push(`k:${key}`);
  }
  if (glossary) strong.push(...glossaryHits(normalised, glossary.hindi));
  const weak: string[] = [];
  for (const m of normalised.matchAll(DEVANAGARI_WORD)) {
    const key = nameKey(transliterateDevanagari(m[0]));
    if (key.length >= MIN_WEAK_KEY) weak.push(`k:${key}`);
  }
  return { strong, weak };
}

export function extractEnglishAnchors(text: string, glossary?: GlossaryMatcher): string[] {
  const normalised = text.normalize("NFC");
  const out = extractNumbers(normalised).map((n) => `n:${n}`);
  let first = true;
  for (const m of normalised.matchAll(ENGLISH_WORD)) {
    const word = m[0];
    const opener = first;
    first = false;
    if (!/^[A-Z]/.test(word)) continue;
    if (opener && SENTENCE_OPENERS.has(word.toLowerCase())) continue;
    if (word === "I") continue;
    const key = nameKey(word);
    if (key.length >= MIN_KEY) out.push(`k:${key}`);
  }
  if (glossary) out.push(...glossaryHits(normalised, glossary.english));
  return out;
}

/**
 * Dice overlap between a Hindi and an English bag of anchors: 2·matched / (hindi + english),
 * where Hindi weak keys enter the denominator only when they matched. 0 means "no evidence",
 * not "evidence against", when neither side has anchors.
 */
export function scoreAnchorBags(hi: HindiAnchors, en: string[]): number {
  const remaining = new Map<string, number>();
  for (const a of en) remaining.set(a, (remaining.get(a) ?? 0) + 1);
  let matched = 0;
  let weakMatched = 0;
  const take = (a: string): boolean => {
    const left = remaining.get(a) ?? 0;
    if (left === 0) return false;
    remaining.set(a, left - 1);
    return true;
  };
  for (const a of hi.strong) if (take(a)) matched++;
  for (const a of hi.weak) {
    if (take(a)) {
      matched++;
      weakMatched++;
    }
  }
  const total = hi.strong.length + weakMatched + en.length;
  return total === 0 ? 0 : (2 * matched) / total;
}

/** Anchor similarity in [0, 1] of a group of Hindi sentences and a group of English sentences. */
export function anchorScore(hiSentences: string[], enSentences: string[], glossary?: GlossaryPair[]): number {
  const matcher = compileGlossary(glossary);
  const hi: HindiAnchors = { strong: [], weak: [] };
  for (const s of hiSentences) {
    const a = extractHindiAnchors(s, matcher);
    hi.strong.push(...a.strong);
    hi.weak.push(...a.weak);
  }
  const en = enSentences.flatMap((s) => extractEnglishAnchors(s, matcher));
  return scoreAnchorBags(hi, en);
}
