/**
 * `term`: the glossary's consistency check (lib/glossary/consistency) as QA issues: a glossary
 * term found in the Hindi whose preferred rendering is missing from the English, or a forbidden
 * rendering used. The glossary decides what matches (Hindi inflection on one side, English
 * inflection on the other); this module only words the result.
 */
import { checkConsistency } from "@/lib/glossary/consistency";
import type { GlossaryEntryInput, TermMatch } from "@/lib/glossary/types";
import { type QaIssue, qaIssue } from "../types";

export function checkTerms(matches: TermMatch[], entries: Map<string, GlossaryEntryInput>, english: string): QaIssue[] {
  if (matches.length === 0) return [];
  return checkConsistency(matches, entries, english).map((issue) =>
    issue.kind === "missing-term"
      ? qaIssue("termMissing", { hindi: issue.hindi, english: issue.expected.join(" / ") }, issue.entryId)
      : qaIssue("termForbidden", { term: issue.term }, `${issue.entryId}:${issue.term.toLowerCase()}`),
  );
}

/** Hindi terms the glossary keeps in Devanagari (do-not-translate) among the matches. */
export function keptInDevanagari(matches: TermMatch[], entries: Map<string, GlossaryEntryInput>): string[] {
  const out: string[] = [];
  for (const m of matches) {
    const entry = entries.get(m.entryId);
    if (entry?.english.some((e) => e.status === "do-not-translate")) out.push(entry.hindi, m.text);
  }
  return out;
}
