import { compileEnglishTerm, tokenizeEnglish } from "./english-words";
import type { GlossaryEntryInput, TermIssue, TermMatch } from "./types";

/**
 * Checks an English translation against the glossary entries found in its Hindi source.
 * - missing-term: an entry was matched but none of its preferred / do-not-translate renderings
 *   appears. For do-not-translate the Hindi term itself (kept in Devanagari) also counts. One issue
 *   per entry however often it occurs: counting occurrences across two languages misfires on
 *   pronouns and merged sentences far more often than it catches a real omission.
 * - forbidden-term: a forbidden rendering of a MATCHED entry appears. Forbidden renderings of
 *   entries absent from the source are not flagged: "forbidden" means "not for this Hindi term",
 *   and the same English word is often right for another source word.
 * Missing-term checks are skipped for an empty translation (not yet translated).
 */
export function checkConsistency(
  matches: TermMatch[],
  entries: Map<string, GlossaryEntryInput> | GlossaryEntryInput[],
  english: string,
): TermIssue[] {
  const byId = entries instanceof Map ? entries : new Map(entries.map((e) => [e.id, e]));
  const words = tokenizeEnglish(english);
  const untranslated = english.trim() === "";
  const issues: TermIssue[] = [];
  const seen = new Set<string>();

  for (const match of matches) {
    if (seen.has(match.entryId)) continue;
    seen.add(match.entryId);
    const entry = byId.get(match.entryId);
    if (!entry) continue;

    const expected = entry.english.filter((e) => e.status !== "forbidden").map((e) => e.text);
    if (entry.english.some((e) => e.status === "do-not-translate")) expected.push(entry.hindi);
    const expectedSpans = expected.flatMap((t) => compileEnglishTerm(t).find(words));
    if (!untranslated && expected.length > 0 && expectedSpans.length === 0) {
      issues.push({
        kind: "missing-term",
        entryId: entry.id,
        hindi: entry.hindi,
        expected: [...new Set(expected)],
      });
    }

    for (const forbidden of entry.english.filter((e) => e.status === "forbidden")) {
      for (const [start, end] of compileEnglishTerm(forbidden.text).find(words)) {
        // "government" forbidden but "central government" preferred: the preferred phrase wins.
        if (expectedSpans.some(([s, e]) => s <= start && end <= e)) continue;
        issues.push({ kind: "forbidden-term", entryId: entry.id, term: forbidden.text, start, end });
      }
    }
  }
  return issues;
}
