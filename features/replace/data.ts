import "server-only";
import { replaceAllLiteral } from "@/lib/editor/find";
import { assertMayReplace, replaceDecision } from "@/lib/editor/policy";
import { MAX_ENGLISH_LENGTH, type UnitStatus } from "@/lib/editor/status";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { MAX_REPLACE_UNITS, type ReplaceQuery } from "./schema";
import type { ReplacePreview, ReplacePreviewUnit } from "./types";

export interface ReplaceCandidate {
  id: number;
  version: number;
  status: UnitStatus;
  english: string;
}

/** `%`, `_` and `\` are LIKE's own: escaped, the query is matched as the literal it is. */
const likeLiteral = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * The document's units whose English contains the query, in document order. PostgreSQL narrows
 * them down (strpos, or ILIKE over the trigram index); the exact decision is lib/editor/find's, the
 * same function the write uses. `lock` takes them FOR UPDATE (the caller holds the document row).
 */
export async function readCandidates(
  db: Tx | typeof prisma,
  documentId: string,
  query: ReplaceQuery,
  ids?: number[],
): Promise<ReplaceCandidate[]> {
  const onlyIds = ids ?? null;
  return db.$queryRaw<ReplaceCandidate[]>`
    SELECT id, version, status::text AS status, english FROM unit
    WHERE document_id = ${documentId}
      AND (${onlyIds}::int[] IS NULL OR id = ANY(${onlyIds}::int[]))
      AND (CASE WHEN ${query.matchCase} THEN strpos(english, ${query.find}) > 0 ELSE english ILIKE ${likeLiteral(query.find)} END)
    ORDER BY first_sentence`;
}

/** What a replace-all would do to one unit, for this person: the new English, or why it stays. */
export function planUnit(unit: ReplaceCandidate, query: ReplaceQuery, user: CurrentUser): ReplacePreviewUnit | null {
  const { text, count } = replaceAllLiteral(unit.english, query.find, query.replace, query);
  if (count === 0) return null;
  const base = { id: unit.id, version: unit.version, status: unit.status, before: unit.english, after: text, count };
  const decision = replaceDecision(user.role, unit.status, query.includeApproved);
  if (!decision.replace) return { ...base, skip: decision.skip };
  if (text.length > MAX_ENGLISH_LENGTH) return { ...base, skip: "tooLong" };
  return base;
}

/**
 * The preview of a replace-all: every unit that would change, before and after, and those it would
 * leave alone (approved, too long) with the reason. Reads only; the person confirms with the list.
 */
export async function previewReplace(documentId: string, query: ReplaceQuery, user: CurrentUser): Promise<ReplacePreview> {
  assertMayReplace(user.role, query.includeApproved);
  const planned: ReplacePreviewUnit[] = [];
  for (const unit of await readCandidates(prisma, documentId, query)) {
    const plan = planUnit(unit, query, user);
    if (plan) planned.push(plan);
  }
  const changing = planned.filter((p) => !p.skip).length;
  if (changing <= MAX_REPLACE_UNITS) return { units: planned, truncated: false };
  let kept = 0;
  return { units: planned.filter((p) => p.skip || ++kept <= MAX_REPLACE_UNITS), truncated: true };
}
