import "server-only";
import { type GlossarySnapshot, getGlossarySnapshot } from "@/features/glossary/data";
import { unitQaJson, unitsWithOpenQa } from "@/features/qa/data";
import { Prisma } from "@/generated/prisma/client";
import { paragraphsOf, type ReadingParagraph } from "@/lib/editor/reading";
import { LOW_CONFIDENCE, type UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { containsPattern } from "@/lib/search/contains-pattern";
import { prisma } from "@/lib/server/prisma";
import { normaliseForSearch } from "@/lib/text/normalise";
import type { UnitFilter } from "./schema";
import type { ChangesResponse, EditorUnit, PresenceEntry, UnitIndex, UnitTerm } from "./types";

interface UnitRow {
  id: number;
  first: number;
  last: number;
  english: string;
  status: EditorUnit["status"];
  version: number;
  confidence: number | null;
  needsReview: boolean;
  pretranslated: number | null;
  author: string | null;
  updatedAt: Date;
  hindi: { position: number; paragraph: number; text: string }[];
  openComments: number;
  reviewedEnglish: string | null;
  lastRejection: string | null;
  qa: EditorUnit["qa"];
}

const unitColumns = Prisma.sql`
  u.id, u.first_sentence AS first, u.last_sentence AS last, u.english, u.status::text AS status, u.version,
  u.confidence, u.needs_review AS "needsReview", u.pretranslated, usr.name AS author, u.updated_at AS "updatedAt",
  (SELECT json_agg(json_build_object('position', s.position, 'paragraph', s.paragraph, 'text', s.text) ORDER BY s.position)
     FROM sentence s WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi,
  (SELECT count(*) FROM comment c WHERE c.unit_id = u.id AND NOT c.resolved AND c.parent_id IS NULL)::int AS "openComments",
  (SELECT v.english FROM unit_version v WHERE v.unit_id = u.id AND v.status IN ('approved', 'rejected')
     ORDER BY v.id DESC LIMIT 1) AS "reviewedEnglish",
  (SELECT c.body FROM comment c WHERE c.unit_id = u.id AND c.kind = 'reject' AND NOT c.resolved
     ORDER BY c.id DESC LIMIT 1) AS "lastRejection",
  ${unitQaJson} AS qa`;

function toEditorUnit(row: UnitRow): EditorUnit {
  return { ...row, hindi: row.hindi ?? [], updatedAt: row.updatedAt.toISOString(), terms: [] };
}

/**
 * The document's project and the glossary's version stamp, read in the query of the units themselves,
 * so that finding the (cached) glossary of the units costs no query of its own.
 */
const glossaryColumns = Prisma.sql`d.project_id AS "projectId", (SELECT version::text FROM glossary_version WHERE id = 1) AS "glossaryStamp"`;

interface GlossaryKey {
  projectId: string;
  glossaryStamp: string;
}

/** Adds glossary matches (per Hindi sentence) to units shown in the editor; term issues are QA issues (unit.qa). */
async function annotateTerms(glossary: GlossaryKey, units: EditorUnit[]): Promise<EditorUnit[]> {
  if (units.length === 0) return units;
  const { matcher, byId, entries }: GlossarySnapshot = await getGlossarySnapshot(glossary.projectId, glossary.glossaryStamp);
  if (entries.length === 0) return units;
  return units.map((unit) => {
    const matches = unit.hindi.flatMap((s) => matcher.match(s.text).map((m) => ({ ...m, position: s.position })));
    const terms: UnitTerm[] = matches.flatMap((m) => {
      const entry = byId.get(m.entryId);
      if (!entry) return [];
      return [
        {
          position: m.position,
          start: m.start,
          end: m.end,
          entryId: m.entryId,
          hindi: entry.hindi,
          english: entry.english,
          note: entry.note ?? null,
        },
      ];
    });
    return { ...unit, terms };
  });
}

/** Units by id (in document order), with their Hindi sentences: one query for a whole page. */
export async function loadUnitsById(documentId: string, ids: number[]): Promise<EditorUnit[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.$queryRaw<(UnitRow & GlossaryKey)[]>`
    SELECT ${unitColumns}, ${glossaryColumns}
    FROM unit u JOIN document d ON d.id = u.document_id LEFT JOIN "user" usr ON usr.id = u.author_id
    WHERE u.document_id = ${documentId} AND u.id = ANY(${ids}::int[])
    ORDER BY u.first_sentence`;
  if (rows.length === 0) return [];
  return annotateTerms(
    rows[0],
    rows.map(({ projectId: _, glossaryStamp: __, ...row }) => toEditorUnit(row)),
  );
}

export async function loadEditorDocument(documentId: string) {
  return prisma.document.findUnique({
    where: { id: documentId },
    select: { id: true, title: true, sourceLang: true, targetLang: true, structureVersion: true, sentenceCount: true },
  });
}

function structureVersionOf(documentId: string, rows: { sv: number }[]): number {
  if (!rows[0]) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  return rows[0].sv;
}

export function isFiltered(filter: UnitFilter): boolean {
  return Boolean(filter.status || filter.q || filter.lowConfidence || filter.comments || filter.terms || filter.qa || filter.needsReview);
}

/**
 * Units with open QA issues, for the "QA issues" and "term issues" filters (both read the stored
 * issues; the page and the index route make sure they are current first).
 */
async function qaConditions(documentId: string, filter: UnitFilter): Promise<Prisma.Sql[]> {
  const out: Prisma.Sql[] = [];
  if (filter.terms) out.push(Prisma.sql`u.id = ANY(${await unitsWithOpenQa(documentId, { check: "term" })}::int[])`);
  if (filter.qa) {
    const ids = await unitsWithOpenQa(documentId, filter.qa === "errors" ? { severity: "error" } : {});
    out.push(Prisma.sql`u.id = ANY(${ids}::int[])`);
  }
  return out;
}

/** Every unit of a document in order; a unit's number is its place in this list. */
export async function loadUnitOrder(documentId: string): Promise<UnitIndex> {
  const [ids, doc] = await Promise.all([
    prisma.$queryRaw<{ id: number }[]>`SELECT id FROM unit WHERE document_id = ${documentId} ORDER BY first_sentence`,
    prisma.$queryRaw<{ sv: number }[]>`SELECT structure_version AS sv FROM document WHERE id = ${documentId}`,
  ]);
  return { structureVersion: structureVersionOf(documentId, doc), ids: ids.map((r) => r.id) };
}

/** A search shows at most this many units: past that, a translator refines the query. */
export const SEARCH_LIMIT = 1_000;

/**
 * The first units (in document order) whose English or Hindi contains the query. Each side is read
 * in document order and stops at the limit, so a common word costs no more than a rare one; the
 * trigram indexes serve selective patterns. A Hindi hit maps to its unit by one index probe (the
 * unit with the greatest first sentence not after it).
 */
async function searchUnits(documentId: string, q: string): Promise<{ ids: number[]; truncated: boolean }> {
  // Hindi is stored normalised (NFC, collapsed spaces), so the query is normalised the same way.
  const normalised = normaliseForSearch(q);
  const pattern = containsPattern(normalised);
  // A side that cannot contain the query is not read: an English word never scans 200,000 Hindi
  // sentences for nothing. (Latin tokens inside Hindi sentences are found through the English side.)
  const searchHindi = /[\u0900-\u097F\p{N}]/u.test(normalised);
  const searchEnglish = /[\p{Script=Latin}\p{N}]/u.test(normalised) || !searchHindi;
  const [english, positions] = await Promise.all([
    searchEnglish
      ? prisma.$queryRaw<{ id: number; first: number }[]>`
          SELECT id, first_sentence AS first FROM unit
          WHERE document_id = ${documentId} AND english ILIKE ${pattern}
          ORDER BY first_sentence LIMIT ${SEARCH_LIMIT}`
      : Promise.resolve([]),
    searchHindi
      ? prisma.$queryRaw<{ position: number }[]>`
          SELECT position FROM sentence
          WHERE document_id = ${documentId} AND text ILIKE ${pattern}
          ORDER BY position LIMIT ${SEARCH_LIMIT}`
      : Promise.resolve([]),
  ]);
  const hindi = positions.length
    ? await prisma.$queryRaw<{ id: number; first: number }[]>`
        SELECT DISTINCT o.id, o.first_sentence AS first
        FROM unnest(${positions.map((p) => p.position)}::int[]) AS hit(position)
        CROSS JOIN LATERAL (
          SELECT id, first_sentence FROM unit
          WHERE document_id = ${documentId} AND first_sentence <= hit.position
          ORDER BY first_sentence DESC LIMIT 1) o`
    : [];
  const byFirst = new Map<number, number>();
  for (const row of [...english, ...hindi]) byFirst.set(row.first, row.id);
  const ordered = [...byFirst.entries()].sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  const truncated = english.length === SEARCH_LIMIT || positions.length === SEARCH_LIMIT || ordered.length > SEARCH_LIMIT;
  return { ids: ordered.slice(0, SEARCH_LIMIT), truncated };
}

/**
 * The ids of the units in view, in document order, after filters. Unit numbers are not computed
 * here: the editor numbers units from the full order it already holds.
 */
export async function loadUnitIndex(documentId: string, filter: UnitFilter): Promise<UnitIndex> {
  if (!isFiltered(filter)) return loadUnitOrder(documentId);
  const conditions: Prisma.Sql[] = [Prisma.sql`u.document_id = ${documentId}`];
  if (filter.status) conditions.push(Prisma.sql`u.status = ${filter.status}::"UnitStatus"`);
  if (filter.lowConfidence) conditions.push(Prisma.sql`u.confidence < ${LOW_CONFIDENCE}`);
  if (filter.needsReview) conditions.push(Prisma.sql`u.needs_review`);
  if (filter.comments) {
    conditions.push(Prisma.sql`EXISTS (SELECT 1 FROM comment c WHERE c.unit_id = u.id AND NOT c.resolved)`);
  }
  conditions.push(...(await qaConditions(documentId, filter)));
  const search = filter.q ? await searchUnits(documentId, filter.q) : null;
  if (search) conditions.push(Prisma.sql`u.id = ANY(${search.ids}::int[])`);
  const [rows, doc] = await Promise.all([
    search && conditions.length === 2
      ? Promise.resolve(search.ids.map((id) => ({ id })))
      : prisma.$queryRaw<{ id: number }[]>`
          SELECT u.id FROM unit u WHERE ${Prisma.join(conditions, " AND ")} ORDER BY u.first_sentence`,
    prisma.$queryRaw<{ sv: number }[]>`SELECT structure_version AS sv FROM document WHERE id = ${documentId}`,
  ]);
  return {
    structureVersion: structureVersionOf(documentId, doc),
    ids: rows.map((r) => r.id),
    ...(search?.truncated ? { truncated: true } : {}),
  };
}

/**
 * What changed since `since` (a cursor this function returned earlier), plus who else is here.
 * The window overlaps by a few seconds so that a transaction committing late is never missed;
 * clients ignore versions they already have. `userId`: whose own presence to leave out; null for a
 * read shared by several people's streams (lib/server/live-fanout.ts filters it per stream).
 */
export async function loadChanges(documentId: string, since: Date, userId: string | null): Promise<ChangesResponse> {
  // The document row and who is here in one query, then the units (#20: a ring's read asks the pool
  // twice, not three times). The cursor is read before the units, so nothing committed in between is
  // skipped: it is read now and again, inside the 5 s overlap, next time.
  const [now] = await prisma.$queryRaw<({ now: Date; sv: number; presence: PresenceEntry[] } & GlossaryKey)[]>`
    SELECT now() AS now, structure_version AS sv, ${glossaryColumns},
      coalesce((
        SELECT jsonb_agg(jsonb_build_object('userId', p.user_id, 'name', usr.name, 'unitId', p.unit_id) ORDER BY usr.name)
        FROM presence p JOIN "user" usr ON usr.id = p.user_id
        WHERE p.document_id = d.id AND (${userId}::text IS NULL OR p.user_id <> ${userId}::text)
          -- How long an entry lives is defined once, in the database (migration 20261204140000_live_client).
          AND p.seen_at > now() - presence_ttl()
      ), '[]'::jsonb) AS presence
    FROM document d WHERE d.id = ${documentId}`;
  if (!now) return { cursor: new Date().toISOString(), structureVersion: 0, units: [], presence: [] };
  const from = new Date(since.getTime() - 5_000);
  const rows = await prisma.$queryRaw<UnitRow[]>`
    SELECT ${unitColumns}
    FROM unit u LEFT JOIN "user" usr ON usr.id = u.author_id
    WHERE u.document_id = ${documentId} AND u.updated_at > ${from}
    ORDER BY u.updated_at DESC LIMIT 500`;
  return {
    cursor: now.now.toISOString(),
    structureVersion: now.sv,
    units: await annotateTerms(now, rows.map(toEditorUnit)),
    presence: now.presence,
  };
}

export async function loadUnitHistory(unitId: number) {
  return prisma.$queryRaw<{ version: number; english: string; status: UnitStatus; author: string | null; createdAt: Date }[]>`
    SELECT v.version, v.english, v.status::text AS status, usr.name AS author, v.created_at AS "createdAt"
    FROM unit_version v LEFT JOIN "user" usr ON usr.id = v.author_id
    WHERE v.unit_id = ${unitId}
    ORDER BY v.id DESC LIMIT 200`;
}

export async function unitDocumentId(unitId: number): Promise<string | null> {
  const unit = await prisma.unit.findUnique({ where: { id: unitId }, select: { documentId: true } });
  return unit?.documentId ?? null;
}

/** The first unit (in document order) still in draft: where a translator opening the document picks up. */
export async function loadFirstUntranslated(documentId: string): Promise<number | null> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT id FROM unit WHERE document_id = ${documentId} AND status = 'draft' ORDER BY first_sentence LIMIT 1`;
  return rows[0]?.id ?? null;
}

/** The document as running text by paragraph, Hindi and English, for reading (lib/editor/reading). */
export async function loadReadingText(documentId: string): Promise<ReadingParagraph[]> {
  const [sentences, units] = await Promise.all([
    prisma.$queryRaw<{ position: number; paragraph: number; text: string }[]>`
      SELECT position, paragraph, text FROM sentence WHERE document_id = ${documentId} ORDER BY position`,
    prisma.$queryRaw<{ first: number; english: string }[]>`
      SELECT first_sentence AS first, english FROM unit WHERE document_id = ${documentId} ORDER BY first_sentence`,
  ]);
  return paragraphsOf(sentences, units);
}
