/**
 * Chooses the Hindi and English variants of one translation unit. Setu stores Hindi→English pairs
 * whatever direction the TM was built in, so a unit whose srclang is English is accepted and flagged
 * rather than refused: the pair is still a valid alignment.
 */
import type { TmxVariant } from "./reader";

export type PickSkipReason = "no-hindi" | "no-english" | "several-hindi" | "several-english" | "empty-text";

export type PickResult =
  | {
      hindi: string;
      english: string;
      /** srclang was English: the Hindi side is the translation. */
      reversed: boolean;
      /** Languages present besides Hindi and English, for the import report. */
      extraLanguages: string[];
    }
  | { skip: PickSkipReason };

/** The primary language subtag, so that "hil" (Hiligaynon) is not mistaken for "hi". */
export function primaryLanguage(code: string): string {
  return code.trim().toLowerCase().split(/[-_]/)[0];
}

export function pickHindiEnglish(srcLang: string, variants: TmxVariant[]): PickResult {
  const hindi = variants.filter((v) => primaryLanguage(v.lang) === "hi");
  const english = variants.filter((v) => primaryLanguage(v.lang) === "en");
  if (hindi.length === 0) return { skip: "no-hindi" };
  if (english.length === 0) return { skip: "no-english" };
  // Two Hindi (or English) variants leave no way to know which one is the translation of the other.
  if (hindi.length > 1) return { skip: "several-hindi" };
  if (english.length > 1) return { skip: "several-english" };

  const hi = hindi[0].text.trim();
  const en = english[0].text.trim();
  if (!hi || !en) return { skip: "empty-text" };

  const extraLanguages = variants.map((v) => v.lang).filter((lang) => !["hi", "en"].includes(primaryLanguage(lang)));
  // "*all*" means any variant may be the source; only an explicit English srclang marks the reverse direction.
  return { hindi: hi, english: en, reversed: primaryLanguage(srcLang) === "en", extraLanguages };
}
