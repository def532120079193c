/**
 * `untranslated`: the English is empty, or is the Hindi itself, or is still mostly Devanagari.
 * A unit whose Hindi has no Devanagari letters (a figure, a URL, a name in Latin script) may
 * rightly stay the same. Devanagari words that the glossary says not to translate are allowed.
 */
import { type QaIssue, qaIssue } from "../types";

const DEVANAGARI_LETTER = /[\u0900-\u0963\u0971-\u097F]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
const DEVANAGARI_BLOCK = /[\u0900-\u097F]/;
const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097F\u200C\u200D]+/gu;

function squash(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

export function checkUntranslated(hindi: string, english: string, keepInDevanagari: string[] = []): QaIssue[] {
  if (english.trim() === "") return [qaIssue("untranslatedEmpty", {})];
  // English without a single character of the Devanagari block can neither equal Devanagari Hindi
  // (NFC composes Devanagari only from Devanagari) nor keep Devanagari letters: most units stop here.
  if (!DEVANAGARI_BLOCK.test(english)) return [];
  const hindiHasLetters = DEVANAGARI_BLOCK.test(hindi);
  if (hindiHasLetters && squash(english) === squash(hindi)) return [qaIssue("untranslatedSame", {})];
  let rest = english.normalize("NFC");
  for (const term of keepInDevanagari) if (term) rest = rest.replaceAll(term.normalize("NFC"), " ");
  const devanagari = rest.match(DEVANAGARI_LETTER)?.length ?? 0;
  if (devanagari === 0) return [];
  const latin = rest.match(LATIN_LETTER)?.length ?? 0;
  if (devanagari > latin) return [qaIssue("untranslatedDevanagari", {})];
  const word = rest.match(DEVANAGARI_WORD)?.[0] ?? "";
  return [qaIssue("devanagariLeft", { word }, word)];
}
