/** How an English rendering of a Hindi term may be used in a translation. */
export type TermStatus = "preferred" | "forbidden" | "do-not-translate";

export const termStatuses: readonly TermStatus[] = ["preferred", "forbidden", "do-not-translate"];

export interface GlossaryEnglish {
  text: string;
  status: TermStatus;
}

export interface GlossaryEntryInput {
  id: string;
  hindi: string;
  english: GlossaryEnglish[];
  partOfSpeech?: string | null;
  note?: string | null;
}

/** A glossary entry found in a Hindi text; offsets are UTF-16 offsets into the original text. */
export interface TermMatch {
  start: number;
  end: number;
  text: string;
  entryId: string;
}

export type TermIssue =
  | { kind: "missing-term"; entryId: string; hindi: string; expected: string[] }
  | { kind: "forbidden-term"; entryId: string; term: string; start: number; end: number };
