import "server-only";
import { createTranslator } from "use-intl/core";
import { getGlossarySnapshot } from "@/features/glossary/data";
import { Prisma } from "@/generated/prisma/client";
import { toCsvRow } from "@/lib/csv/csv";
import { approvalNeedsNoQaErrors } from "@/lib/editor/policy";
import type { UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { SentenceCursor } from "@/lib/qa/check-document";
import { QA_VERSION, type QaOptions } from "@/lib/qa/check-unit";
import { formatQaMessage, type QaLocale, qaCheckName, qaSeverityName } from "@/lib/qa/format-message";
import { getPgPool } from "@/lib/server/pg";
import { prisma, type Tx } from "@/lib/server/prisma";
import { DEFAULT_LINE_LENGTH } from "@/lib/srt/srt";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import type { QaReportQuery } from "./schema";
import type { ProjectQaSettings, QaCountRow, QaReportUnit, QaSettings, UnitQaIssue } from "./types";

/** What a document's units are checked against, read once per request (outside the transaction). */
export interface QaContext {
  documentId: string;
  /** Names the checks' version and the glossary's state; stored in document_qa when a document is checked. */
  stamp: string;
  options: QaOptions;
}

/** The glossary's version counter as text, for queries that read it beside what they need anyway. */
const glossaryVersionSql = Prisma.sql`(SELECT version::text FROM glossary_version WHERE id = 1)`;

async function contextOf(documentId: string, projectId: string, format: string, glossaryVersion: string | null): Promise<QaContext> {
  // The document's own project's glossary.
  const glossary = await getGlossarySnapshot(projectId, glossaryVersion ?? undefined);
  // Subtitles are checked against the export's default line length (the one the SRT export uses).
  const subtitle = format === "srt" ? { lineLength: DEFAULT_LINE_LENGTH } : null;
  return {
    documentId,
    stamp: `v${QA_VERSION}|${glossary.stamp}|${subtitle ? `srt${subtitle.lineLength}` : "-"}`,
    options: { glossary: glossary.entries.length ? glossary : null, subtitle },
  };
}

export async function loadQaContext(documentId: string): Promise<QaContext> {
  const [doc] = await prisma.$queryRaw<{ projectId: string; format: string; glossary: string | null }[]>`
    SELECT project_id AS "projectId", source_format::text AS format, ${glossaryVersionSql} AS glossary FROM document WHERE id = ${documentId}`;
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  return contextOf(documentId, doc.projectId, doc.format, doc.glossary);
}

/**
 * The context of the document a unit belongs to, or null when the unit does not exist: one round
 * trip (unit, document format and glossary version together), since every save pays for it.
 */
export async function loadQaContextForUnit(unitId: number): Promise<QaContext | null> {
  const [unit] = await prisma.$queryRaw<{ documentId: string; projectId: string; format: string; glossary: string | null }[]>`
    SELECT u.document_id AS "documentId", d.project_id AS "projectId", d.source_format::text AS format, ${glossaryVersionSql} AS glossary
    FROM unit u JOIN document d ON d.id = u.document_id WHERE u.id = ${unitId}`;
  return unit ? contextOf(unit.documentId, unit.projectId, unit.format, unit.glossary) : null;
}

/**
 * What a QA context is made of, as columns of a query that has the unit's document as `d`: a save
 * reads them in the statement that locks the document row (a share) and the unit, so that QA costs
 * it no round trip of its own (features/editor/mutations.ts lockUnit). Pass the row to qaContextFor.
 */
export const qaContextColumns = Prisma.sql`d.project_id AS "projectId", d.source_format::text AS format, ${glossaryVersionSql} AS glossary`;

export function qaContextFor(row: { documentId: string; projectId: string; format: string; glossary: string | null }): Promise<QaContext> {
  return contextOf(row.documentId, row.projectId, row.format, row.glossary);
}

export async function isDocumentQaFresh(context: QaContext): Promise<boolean> {
  const [row] = await prisma.$queryRaw<{ stamp: string }[]>`SELECT stamp FROM document_qa WHERE document_id = ${context.documentId}`;
  return row?.stamp === context.stamp;
}

/**
 * A chunk of a document's units in order, as columns: their Hindi, English and the consistency
 * keys stored for them (null when the unit has none yet), as numbers: keys are 53-bit hashes
 * (lib/qa/inconsistent hash53), which float8 holds exactly, and comparing numbers spares the
 * String() of two 53-bit numbers per unit that comparing text took (a few hundred ms at 100,000).
 */
export interface DocumentQaChunk {
  ids: number[];
  english: string[];
  hindi: string[][];
  stored: { h: (number | null)[]; e: (number | null)[]; r: (boolean | null)[] };
}

const CHUNK_UNITS = 5_000;

/**
 * A document's units for the whole-document QA pass, a chunk at a time, each chunk read while the
 * caller checks the one before. Plain pg with array rows on the pool, not the caller's transaction:
 * Prisma's row objects (200,000 of them at 100,000 units, all alive at once) were a third of the
 * pass. The caller holds the document row (FOR UPDATE), which every save and alignment operation
 * takes a share of, so these READ COMMITTED reads see what a read inside its transaction would.
 */
export async function* readDocumentQaChunks(documentId: string, size = CHUNK_UNITS): AsyncGenerator<DocumentQaChunk> {
  let next: Promise<ReadChunk> | null = readDocumentQaChunk(documentId, null, size);
  try {
    while (next) {
      const chunk: ReadChunk = await next;
      next = chunk.ids.length === size ? readDocumentQaChunk(documentId, chunk.lastFirst, size) : null;
      yield chunk;
    }
  } finally {
    // A caller that stops early must not leave a read's failure unhandled.
    next?.catch(() => {});
  }
}

type ReadChunk = DocumentQaChunk & { lastFirst: number };

async function readDocumentQaChunk(documentId: string, after: number | null, size: number): Promise<ReadChunk> {
  const pool = getPgPool();
  const units = await pool.query<[number, number, number, string, number | null, number | null, boolean | null]>({
    text: `SELECT u.id, u.first_sentence, u.last_sentence, u.english, k.hindi_key::float8, k.english_key::float8, k.reversible
           FROM unit u LEFT JOIN unit_qa_key k ON k.unit_id = u.id
           WHERE u.document_id = $1 AND ($2::int IS NULL OR u.first_sentence > $2) ORDER BY u.first_sentence LIMIT $3`,
    values: [documentId, after, size],
    rowMode: "array",
  });
  const rows = units.rows;
  const chunk: DocumentQaChunk = { ids: [], english: [], hindi: [], stored: { h: [], e: [], r: [] } };
  if (rows.length === 0) return { ...chunk, lastFirst: after ?? -1 };
  let last = rows[0][2];
  for (const row of rows) if (row[2] > last) last = row[2];
  const sentences = await pool.query<[number, string]>({
    text: "SELECT position, text FROM sentence WHERE document_id = $1 AND position BETWEEN $2 AND $3 ORDER BY position",
    values: [documentId, rows[0][1], last],
    rowMode: "array",
  });
  const cursor = new SentenceCursor(
    sentences.rows.map((s) => s[0]),
    sentences.rows.map((s) => s[1]),
  );
  for (const [id, first, lastSentence, english, h, e, r] of rows) {
    chunk.ids.push(id);
    chunk.english.push(english);
    chunk.hindi.push(cursor.hindi(first, lastSentence));
    chunk.stored.h.push(h);
    chunk.stored.e.push(e);
    chunk.stored.r.push(r);
  }
  return { ...chunk, lastFirst: rows[rows.length - 1][1] };
}

const SETTINGS_KEY = "qa";

export async function loadQaSettings(db: Tx | typeof prisma = prisma): Promise<QaSettings> {
  const [row] = await db.$queryRaw<{ value: Partial<QaSettings> }[]>`SELECT value FROM instance_setting WHERE key = ${SETTINGS_KEY}`;
  return { blockApproval: row?.value.blockApproval === true };
}
export const QA_SETTINGS_KEY = SETTINGS_KEY;

/** The instance's blockApproval as SQL (false when never set), for queries that need it beside a project's. */
const instanceBlockApprovalSql = Prisma.sql`
  coalesce((SELECT (value->>'blockApproval')::boolean FROM instance_setting WHERE key = ${SETTINGS_KEY}), false)`;

/** A project's own "no approval while errors are open" (null: it follows the instance) and the instance's. */
export async function loadProjectQaSettings(projectId: string): Promise<ProjectQaSettings | null> {
  const [row] = await prisma.$queryRaw<{ project: boolean | null; instance: boolean }[]>`
    SELECT p.qa_block_approval AS project, ${instanceBlockApprovalSql} AS instance FROM project p WHERE p.id = ${projectId}`;
  if (!row) return null;
  return { blockApproval: row.project, instanceBlockApproval: row.instance, effective: approvalNeedsNoQaErrors(row.project, row.instance) };
}

/**
 * Whether approving a unit of this document needs it free of open QA errors: the document's
 * project's setting, else the instance's (the policy decides). Read inside the approval's
 * transaction (`db` the transaction), and once before it to bring the document's issues up to date.
 */
export async function approvalNeedsNoQaErrorsIn(db: Tx | typeof prisma, documentId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ project: boolean | null; instance: boolean }[]>`
    SELECT p.qa_block_approval AS project, ${instanceBlockApprovalSql} AS instance
    FROM document d JOIN project p ON p.id = d.project_id WHERE d.id = ${documentId}`;
  return row ? approvalNeedsNoQaErrors(row.project, row.instance) : false;
}

/** Open (not ignored) errors of a unit, read inside the caller's transaction. */
export async function openQaErrors(tx: Tx, unitId: number): Promise<number> {
  const [row] = await tx.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM unit_qa q
    WHERE q.unit_id = ${unitId} AND q.severity = 'error'
      AND NOT EXISTS (SELECT 1 FROM unit_qa_ignore i WHERE i.unit_id = q.unit_id AND i.key = q.key)`;
  return row.n;
}

/** SQL for a unit's issues as a JSON array (the editor's unit query embeds it; `u` is the unit). */
export const unitQaJson = Prisma.sql`
  (SELECT coalesce(json_agg(json_build_object('key', q.key, 'check', q."check", 'code', q.code, 'severity', q.severity,
            'params', q.params, 'fix', q.fix,
            'ignored', CASE WHEN i.unit_id IS NULL THEN NULL ELSE json_build_object('reason', i.reason, 'by', iu.name) END)
          ORDER BY q.severity, q."check", q.key), '[]'::json)
   FROM unit_qa q LEFT JOIN unit_qa_ignore i ON i.unit_id = q.unit_id AND i.key = q.key
   LEFT JOIN "user" iu ON iu.id = i.user_id
   WHERE q.unit_id = u.id)`;

/** Ids of units with open issues of the kind asked for, in document order (the editor's QA filter). */
export async function unitsWithOpenQa(documentId: string, filter: { severity?: "error"; check?: string }): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ id: number }[]>`
    SELECT u.id FROM unit u
    WHERE u.document_id = ${documentId} AND EXISTS (
      SELECT 1 FROM unit_qa q WHERE q.unit_id = u.id
        AND (${filter.severity ?? null}::text IS NULL OR q.severity = ${filter.severity ?? null})
        AND (${filter.check ?? null}::text IS NULL OR q."check" = ${filter.check ?? null})
        AND NOT EXISTS (SELECT 1 FROM unit_qa_ignore i WHERE i.unit_id = q.unit_id AND i.key = q.key))
    ORDER BY u.first_sentence`;
  return rows.map((r) => r.id);
}

/** Counts by check and severity for the report page. */
export async function loadQaCounts(documentId: string): Promise<{ rows: QaCountRow[]; units: number; total: number }> {
  const [rows, [summary]] = await Promise.all([
    prisma.$queryRaw<QaCountRow[]>`
      SELECT q."check",
             count(*) FILTER (WHERE q.severity = 'error' AND i.unit_id IS NULL)::int AS errors,
             count(*) FILTER (WHERE q.severity = 'warning' AND i.unit_id IS NULL)::int AS warnings,
             count(i.unit_id)::int AS ignored
      FROM unit_qa q LEFT JOIN unit_qa_ignore i ON i.unit_id = q.unit_id AND i.key = q.key
      WHERE q.document_id = ${documentId}
      GROUP BY q."check" ORDER BY q."check"`,
    prisma.$queryRaw<{ units: number; total: number }[]>`
      SELECT (SELECT count(DISTINCT q.unit_id)::int FROM unit_qa q WHERE q.document_id = ${documentId}
                AND NOT EXISTS (SELECT 1 FROM unit_qa_ignore i WHERE i.unit_id = q.unit_id AND i.key = q.key)) AS units,
             (SELECT count(*)::int FROM unit WHERE document_id = ${documentId}) AS total`,
  ]);
  return { rows, units: summary.units, total: summary.total };
}

interface ReportRow {
  id: number;
  number: number;
  status: UnitStatus;
  english: string;
  hindi: string;
  issues: UnitQaIssue[];
}

export const REPORT_PAGE_SIZE = 100;

/**
 * Units with issues matching the query, in document order, with their number in the document and
 * their issues (only the matching ones). `page` null reads them all (CSV, CLI).
 */
export async function loadQaUnits(
  documentId: string,
  query: QaReportQuery,
  page: number | null,
): Promise<{ units: QaReportUnit[]; matching: number }> {
  const check = query.check ?? null;
  const severity = query.severity ?? null;
  const ignored = query.ignored === true;
  const issueMatches = Prisma.sql`
    (${check}::text IS NULL OR q."check" = ${check}) AND (${severity}::text IS NULL OR q.severity = ${severity})
    AND (${ignored} OR i.unit_id IS NULL)`;
  const limit = page === null ? Prisma.empty : Prisma.sql`LIMIT ${REPORT_PAGE_SIZE} OFFSET ${(page - 1) * REPORT_PAGE_SIZE}`;
  const rows = await prisma.$queryRaw<(ReportRow & { matching: number })[]>`
    WITH numbered AS (
      SELECT u.id, u.first_sentence, u.last_sentence, u.english, u.status::text AS status,
             row_number() OVER (ORDER BY u.first_sentence)::int AS number
      FROM unit u WHERE u.document_id = ${documentId}),
    hit AS (
      SELECT n.*, count(*) OVER ()::int AS matching FROM numbered n
      WHERE EXISTS (SELECT 1 FROM unit_qa q LEFT JOIN unit_qa_ignore i ON i.unit_id = q.unit_id AND i.key = q.key
                    WHERE q.unit_id = n.id AND ${issueMatches})
      ORDER BY n.first_sentence ${limit})
    SELECT h.id, h.number, h.status, h.english, h.matching,
           (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
             WHERE s.document_id = ${documentId} AND s.position BETWEEN h.first_sentence AND h.last_sentence) AS hindi,
           (SELECT json_agg(json_build_object('key', q.key, 'check', q."check", 'code', q.code, 'severity', q.severity,
                     'params', q.params, 'fix', q.fix,
                     'ignored', CASE WHEN i.unit_id IS NULL THEN NULL ELSE json_build_object('reason', i.reason, 'by', iu.name) END)
                   ORDER BY q.severity, q."check", q.key)
              FROM unit_qa q LEFT JOIN unit_qa_ignore i ON i.unit_id = q.unit_id AND i.key = q.key
              LEFT JOIN "user" iu ON iu.id = i.user_id
              WHERE q.unit_id = h.id AND ${issueMatches}) AS issues
    FROM hit h ORDER BY h.first_sentence`;
  const numbers = await unitNumbers(documentId, otherUnitIds(rows.flatMap((r) => r.issues)));
  return {
    matching: rows[0]?.matching ?? 0,
    units: rows.map(({ matching: _, ...r }) => ({ ...r, hindi: r.hindi ?? "", issues: withUnitNumbers(r.issues, numbers) })),
  };
}

/** The ids of the other units `inconsistent` issues point at. */
export function otherUnitIds(issues: UnitQaIssue[]): number[] {
  return issues.filter((i) => i.check === "inconsistent" && typeof i.params.unit === "number").map((i) => i.params.unit as number);
}

/** Unit numbers (place in the document, from 1) of the given unit ids. */
export async function unitNumbers(documentId: string, ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ id: number; number: number }[]>`
    SELECT o.id, (SELECT count(*)::int FROM unit u WHERE u.document_id = ${documentId} AND u.first_sentence <= o.first_sentence) AS number
    FROM unit o WHERE o.document_id = ${documentId} AND o.id = ANY(${[...new Set(ids)]}::int[])`;
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** `inconsistent` issues store the other unit's id; people read its number. */
export function withUnitNumbers(issues: UnitQaIssue[], numbers: Map<number, number>): UnitQaIssue[] {
  return issues.map((issue) =>
    issue.check === "inconsistent" && typeof issue.params.unit === "number"
      ? { ...issue, params: { ...issue.params, unit: numbers.get(issue.params.unit) ?? "?" } }
      : issue,
  );
}

/** The report as CSV (the project's one quoter, which also neutralises formula cells), one row per issue. */
export async function qaReportCsv(documentId: string, query: QaReportQuery, locale: QaLocale): Promise<string> {
  const { units } = await loadQaUnits(documentId, query, null);
  const t = createTranslator({ locale, messages: locale === "hi" ? hi : en, namespace: "qa" });
  const lines = [
    toCsvRow([t("unit"), t("status"), t("check"), t("filterSeverity"), "code", t("issues"), t("ignored"), "hindi", "english"]),
  ];
  for (const unit of units) {
    for (const issue of unit.issues) {
      lines.push(
        toCsvRow([
          String(unit.number),
          unit.status,
          qaCheckName(locale, issue.check),
          qaSeverityName(locale, issue.severity),
          issue.code,
          formatQaMessage(locale, issue.code, issue.params),
          issue.ignored?.reason ?? "",
          unit.hindi,
          unit.english,
        ]),
      );
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Every unit of a document in order with all its issues (ignored ones marked), for the CLI. */
export async function loadDocumentQaLines(documentId: string): Promise<{ number: number; issues: UnitQaIssue[] }[]> {
  const [{ units }, [count]] = await Promise.all([
    loadQaUnits(documentId, { ignored: true }, null),
    prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM unit WHERE document_id = ${documentId}`,
  ]);
  const byNumber = new Map(units.map((u) => [u.number, u.issues]));
  return Array.from({ length: count.n }, (_, i) => ({ number: i + 1, issues: byNumber.get(i + 1) ?? [] }));
}
