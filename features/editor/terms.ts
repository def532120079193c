import "server-only";
import { getGlossarySnapshot } from "@/features/glossary/data";
import { checkConsistency } from "@/lib/glossary/consistency";
import type { EditorUnit, UnitTerm } from "./types";

/** Adds glossary matches (per Hindi sentence) and consistency issues to units shown in the editor. */
export async function annotateTerms(units: EditorUnit[]): Promise<EditorUnit[]> {
  if (units.length === 0) return units;
  const { matcher, byId, entries } = await getGlossarySnapshot();
  if (entries.length === 0) return units;
  return units.map((unit) => {
    const matches = unit.hindi.flatMap((s) => matcher.match(s.text).map((m) => ({ ...m, position: s.position })));
    const terms: UnitTerm[] = matches.map((m) => {
      const entry = byId.get(m.entryId)!;
      return {
        position: m.position,
        start: m.start,
        end: m.end,
        entryId: m.entryId,
        hindi: entry.hindi,
        english: entry.english,
        note: entry.note ?? null,
      };
    });
    return { ...unit, terms, termIssues: checkConsistency(matches, byId, unit.english) };
  });
}
