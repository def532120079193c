import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import { tmxFooter, tmxHeader, tmxLang, tmxUnit } from "@/lib/tmx/writer";
import { ALIGNED_CSV_HEADER, alignedCsvRow, alignedTextBlock } from "@/lib/exchange/aligned-text";
import packageJson from "@/package.json";
import type { ExportOptions } from "./schema";

/** Units per keyset page: one query each, so 200,000 units take 40 round trips and bounded memory. */
const PAGE = 5_000;
/** Units rendered per yielded string: fewer, larger chunks for the response stream. */
const CHUNK_UNITS = 250;

interface ExportRow {
  id: number;
  documentId: string;
  firstSentence: number;
  lastSentence: number;
  english: string;
  status: string;
  createdAt: Date;
  updatedAt: Date;
  title: string;
  sourceLang: string;
  targetLang: string;
  creationId: string | null;
  changeId: string | null;
  hindi: string | null;
  notes: string[] | null;
}

export async function loadExportDocument(id: string): Promise<{ id: string; title: string } | null> {
  return prisma.document.findUnique({ where: { id }, select: { id: true, title: true } });
}

/**
 * Streams an export while it reads: keyset pages over (document_id, first_sentence), each page one
 * set-based query that also gathers the Hindi of the unit, its authors' emails and (on request) its
 * review comments. Throws NOT_FOUND before yielding anything when a named document does not exist.
 */
export async function* streamExport(opts: ExportOptions): AsyncGenerator<string> {
  const ids = opts.documentIds === "all" ? null : [...new Set(opts.documentIds)];
  const docFilter = ids ? Prisma.sql`d.id = ANY(${ids}::text[])` : Prisma.sql`TRUE`;
  const langs = await prisma.$queryRaw<{ id: string; sourceLang: string }[]>`
    SELECT d.id, d.source_lang AS "sourceLang" FROM document d WHERE ${docFilter}`;
  if (ids) {
    const found = new Set(langs.map((d) => d.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError("NOT_FOUND", `No document with id ${missing.join(", ")}.`);
  }

  if (opts.format === "tmx") {
    const sources = [...new Set(langs.map((d) => tmxLang(d.sourceLang, opts.bareLangs)))];
    // Mixed source languages: TMX's "*all*" says any variant may be the source.
    const srcLang = sources.length === 1 ? sources[0] : sources.length === 0 ? tmxLang("hi-IN", opts.bareLangs) : "*all*";
    yield tmxHeader({ toolVersion: packageJson.version, srcLang, creationDate: opts.creationDate ?? new Date() });
  } else if (opts.format === "csv") {
    yield ALIGNED_CSV_HEADER;
  }

  const statusFilter = opts.status === "approved" ? Prisma.sql`AND u.status = 'approved'` : Prisma.empty;
  const unitDocFilter = ids ? Prisma.sql`u.document_id = ANY(${ids}::text[])` : Prisma.sql`TRUE`;
  const notesColumn = opts.notes
    ? Prisma.sql`(SELECT array_agg(COALESCE(cu.email, c.author_id) || ': ' || c.body ORDER BY c.created_at, c.id)
         FROM comment c LEFT JOIN "user" cu ON cu.id = c.author_id
         WHERE c.unit_id = u.id AND c.kind IN ('comment', 'reject'))`
    : Prisma.sql`NULL::text[]`;

  let after: { documentId: string; first: number } | null = null;
  for (;;) {
    const keyset: Prisma.Sql = after
      ? Prisma.sql`AND (u.document_id, u.first_sentence) > (${after.documentId}::text, ${after.first}::int)`
      : Prisma.empty;
    const rows: ExportRow[] = await prisma.$queryRaw<ExportRow[]>`
      SELECT u.id, u.document_id AS "documentId", u.first_sentence AS "firstSentence", u.last_sentence AS "lastSentence",
             u.english, u.status::text AS status, u.created_at AS "createdAt", u.updated_at AS "updatedAt",
             d.title, d.source_lang AS "sourceLang", d.target_lang AS "targetLang",
             COALESCE(cb.email, u.created_by_id) AS "creationId",
             COALESCE(au.email, u.author_id) AS "changeId",
             (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
               WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi,
             ${notesColumn} AS notes
      FROM unit u
      JOIN document d ON d.id = u.document_id
      LEFT JOIN "user" cb ON cb.id = u.created_by_id
      LEFT JOIN "user" au ON au.id = u.author_id
      WHERE ${unitDocFilter} AND btrim(u.english) <> '' ${statusFilter} ${keyset}
      ORDER BY u.document_id, u.first_sentence
      LIMIT ${PAGE}`;
    if (rows.length === 0) break;
    for (let start = 0; start < rows.length; start += CHUNK_UNITS) {
      yield rows
        .slice(start, start + CHUNK_UNITS)
        .map((row) => render(row, opts))
        .join("");
    }
    const last = rows[rows.length - 1];
    after = { documentId: last.documentId, first: last.firstSentence };
    if (rows.length < PAGE) break;
  }
  if (opts.format === "tmx") yield tmxFooter();
}

function render(row: ExportRow, opts: ExportOptions): string {
  const hindi = row.hindi ?? "";
  if (opts.format === "csv") return alignedCsvRow(hindi, row.english);
  if (opts.format === "txt") return alignedTextBlock(hindi, row.english);
  const position =
    row.firstSentence === row.lastSentence ? String(row.firstSentence) : `${row.firstSentence}-${row.lastSentence}`;
  return tmxUnit({
    tuid: `setu-${row.id}`,
    srcLang: tmxLang(row.sourceLang, opts.bareLangs),
    tgtLang: tmxLang(row.targetLang, opts.bareLangs),
    source: hindi,
    target: row.english,
    creationDate: row.createdAt,
    changeDate: row.updatedAt,
    creationId: row.creationId,
    changeId: row.changeId,
    props: [
      ["x-setu-document", row.documentId],
      ["x-setu-document-title", row.title],
      ["x-setu-status", row.status],
      ["x-setu-position", position],
    ],
    notes: row.notes ?? [],
    multiSentence: row.lastSentence > row.firstSentence,
  });
}
