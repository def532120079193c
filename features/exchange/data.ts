import "server-only";
import { AppError } from "@/lib/errors";
import { ALIGNED_CSV_HEADER, alignedCsvRow, alignedTextBlock } from "@/lib/exchange/aligned-text";
import { getPgPool } from "@/lib/server/pg";
import { prisma } from "@/lib/server/prisma";
import { tmxFooter, tmxHeader, tmxLang, tmxUnit } from "@/lib/tmx/writer";
import packageJson from "@/package.json";
import type { ExportOptions } from "./schema";

/** Units per keyset page: small enough to keep memory flat, large enough to amortise round trips. */
const PAGE = 500;
/** Units rendered per yielded string: fewer, larger chunks for the response stream. */
const CHUNK_UNITS = 100;

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
  hindi: string;
  notes: string[];
}

export async function loadExportDocument(id: string): Promise<{ id: string; title: string } | null> {
  return prisma.document.findUnique({ where: { id }, select: { id: true, title: true } });
}

interface ExportDocument {
  id: string;
  title: string;
  source_lang: string;
  target_lang: string;
}

/**
 * Streams an export while it reads, document by document: keyset pages of units over
 * (document_id, first_sentence), and for each page one range read of the sentences it covers
 * (assembled here rather than by a subquery per unit), the authors from one user map, and the
 * review comments on request. Plain pg with array rows: the bulk path skips ORM row mapping.
 * Throws NOT_FOUND before yielding anything when a named document does not exist.
 */
export async function* streamExport(opts: ExportOptions): AsyncGenerator<string> {
  const pool = getPgPool();
  const ids = opts.documentIds === "all" ? null : [...new Set(opts.documentIds)];
  const docs = (
    await pool.query<ExportDocument>(
      `SELECT id, title, source_lang, target_lang FROM document ${ids ? "WHERE id = ANY($1::text[])" : ""} ORDER BY id`,
      ids ? [ids] : [],
    )
  ).rows;
  if (ids) {
    const found = new Set(docs.map((d) => d.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError("NOT_FOUND", `No document with id ${missing.join(", ")}.`);
  }
  const users = new Map((await pool.query<{ id: string; email: string }>(`SELECT id, email FROM "user"`)).rows.map((u) => [u.id, u.email]));

  if (opts.format === "tmx") {
    const sources = [...new Set(docs.map((d) => tmxLang(d.source_lang, opts.bareLangs)))];
    // Mixed source languages: TMX's "*all*" says any variant may be the source.
    const srcLang = sources.length === 1 ? sources[0] : sources.length === 0 ? tmxLang("hi-IN", opts.bareLangs) : "*all*";
    yield tmxHeader({ toolVersion: packageJson.version, srcLang, creationDate: opts.creationDate ?? new Date() });
  } else if (opts.format === "csv") {
    yield ALIGNED_CSV_HEADER;
  }

  const statusFilter = opts.status === "approved" ? "AND status = 'approved'" : "";
  for (const doc of docs) {
    // The next page is read while the current one renders, so the database and the writer overlap.
    let pending: Promise<ExportRow[]> | null = readPage(doc, -1, statusFilter, users, opts.notes);
    while (pending) {
      const rows: ExportRow[] = await pending;
      pending = rows.length === PAGE ? readPage(doc, rows[rows.length - 1].firstSentence, statusFilter, users, opts.notes) : null;
      for (let start = 0; start < rows.length; start += CHUNK_UNITS) {
        yield rows
          .slice(start, start + CHUNK_UNITS)
          .map((row) => render(row, opts))
          .join("");
      }
    }
  }
  if (opts.format === "tmx") yield tmxFooter();
}

type UnitRow = [number, number, number, string, string, Date, Date, string | null, string | null];

/** One keyset page of units with their Hindi (one range read of the sentences they cover). */
async function readPage(
  doc: ExportDocument,
  after: number,
  statusFilter: string,
  users: Map<string, string>,
  withNotes: boolean,
): Promise<ExportRow[]> {
  const pool = getPgPool();
  const units = (
    await pool.query({
      text: `SELECT id, first_sentence, last_sentence, english, status::text, created_at, updated_at, created_by_id, author_id
             FROM unit WHERE document_id = $1 AND first_sentence > $2 AND btrim(english) <> '' ${statusFilter}
             ORDER BY first_sentence LIMIT ${PAGE}`,
      values: [doc.id, after],
      rowMode: "array",
    })
  ).rows as UnitRow[];
  if (units.length === 0) return [];
  const sentences = (
    await pool.query({
      text: `SELECT position, text FROM sentence WHERE document_id = $1 AND position BETWEEN $2 AND $3 ORDER BY position`,
      values: [doc.id, units[0][1], units[units.length - 1][2]],
      rowMode: "array",
    })
  ).rows as [number, string][];
  const textAt = new Map(sentences);
  const notes = withNotes
    ? await loadNotes(
        units.map((u) => u[0]),
        users,
      )
    : null;
  return units.map(([id, first, last, english, status, createdAt, updatedAt, createdBy, author]) => {
    const parts: string[] = [];
    for (let p = first; p <= last; p++) {
      const text = textAt.get(p);
      if (text !== undefined) parts.push(text);
    }
    return {
      id,
      documentId: doc.id,
      firstSentence: first,
      lastSentence: last,
      english,
      status,
      createdAt,
      updatedAt,
      title: doc.title,
      sourceLang: doc.source_lang,
      targetLang: doc.target_lang,
      creationId: createdBy ? (users.get(createdBy) ?? createdBy) : null,
      changeId: author ? (users.get(author) ?? author) : null,
      hindi: parts.join(" "),
      notes: notes?.get(id) ?? [],
    };
  });
}

/** Reviewer comments of a page of units, as "author: text" notes in the order they were written. */
async function loadNotes(unitIds: number[], users: Map<string, string>): Promise<Map<number, string[]>> {
  const rows = (
    await getPgPool().query<{ unit_id: number; author_id: string; body: string }>(
      `SELECT unit_id, author_id, body FROM comment
       WHERE unit_id = ANY($1::int[]) AND kind IN ('comment', 'reject') ORDER BY created_at, id`,
      [unitIds],
    )
  ).rows;
  const notes = new Map<number, string[]>();
  for (const row of rows) {
    const list = notes.get(row.unit_id) ?? [];
    list.push(`${users.get(row.author_id) ?? row.author_id}: ${row.body}`);
    notes.set(row.unit_id, list);
  }
  return notes;
}

function render(row: ExportRow, opts: ExportOptions): string {
  const hindi = row.hindi;
  if (opts.format === "csv") return alignedCsvRow(hindi, row.english);
  if (opts.format === "txt") return alignedTextBlock(hindi, row.english);
  const position = row.firstSentence === row.lastSentence ? String(row.firstSentence) : `${row.firstSentence}-${row.lastSentence}`;
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
    notes: row.notes,
    multiSentence: row.lastSentence > row.firstSentence,
  });
}
