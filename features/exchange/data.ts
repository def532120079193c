import "server-only";
import { writeCleanDocx } from "@/lib/docx/clean-writer";
import { writeTranslatedDocx } from "@/lib/docx/writer";
import { AppError } from "@/lib/errors";
import { ALIGNED_CSV_HEADER, alignedCsvRow, alignedTextBlock } from "@/lib/exchange/aligned-text";
import { paragraphTexts } from "@/lib/exchange/paragraph-text";
import { getPgPool } from "@/lib/server/pg";
import { prisma } from "@/lib/server/prisma";
import { readSrt, wrapCue, writeSrtCue } from "@/lib/srt/srt";
import { decodeTextFile } from "@/lib/text/decode";
import { tmxFooter, tmxHeader, tmxLang, tmxUnit } from "@/lib/tmx/writer";
import type { SetuStatus } from "@/lib/xliff/states";
import { type XliffVersion, xliffFooter, xliffGroupClose, xliffGroupOpen, xliffHeader, xliffUnit } from "@/lib/xliff/writer";
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
  const projects = opts.projectIds ?? null;
  const docs = (
    await pool.query<ExportDocument>(
      `SELECT id, title, source_lang, target_lang FROM document
       WHERE ($1::text[] IS NULL OR id = ANY($1::text[])) AND ($2::text[] IS NULL OR project_id = ANY($2::text[]))
       ORDER BY id`,
      [ids, projects],
    )
  ).rows;
  if (ids) {
    const found = new Set(docs.map((d) => d.id));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new AppError("NOT_FOUND", `No document with id ${missing.join(", ")}.`, { reason: "documentNotFound" });
  }
  await assertSomethingToExport(
    docs.map((d) => d.id),
    opts.status,
  );
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
    await getPgPool().query<{ unit_id: number; author_id: string | null; body: string }>(
      `SELECT unit_id, author_id, body FROM comment
       WHERE unit_id = ANY($1::int[]) AND kind IN ('comment', 'reject') ORDER BY created_at, id`,
      [unitIds],
    )
  ).rows;
  const notes = new Map<number, string[]>();
  for (const row of rows) {
    const list = notes.get(row.unit_id) ?? [];
    // A deleted author leaves the comment without a name.
    const author = row.author_id === null ? "?" : (users.get(row.author_id) ?? row.author_id);
    list.push(`${author}: ${row.body}`);
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

// ---- the files translators deliver: XLIFF, DOCX, SRT (one document each) ----

interface DeliveryDocument extends ExportDocument {
  source_format: string;
}

async function loadDeliveryDocument(id: string): Promise<DeliveryDocument> {
  const doc = (
    await getPgPool().query<DeliveryDocument>(
      "SELECT id, title, source_lang, target_lang, source_format::text AS source_format FROM document WHERE id = $1",
      [id],
    )
  ).rows[0];
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${id}.`, { reason: "documentNotFound" });
  return doc;
}

const inScope = (status: string, english: string, scope: "approved" | "all") =>
  english.trim() !== "" && (scope === "all" || status === "approved");

/**
 * Refuses an export that would hold no translation: a TMX with an empty <body>, a CSV of a header,
 * a Word file or subtitles that are the Hindi original again. CAT tools reject the empty TMX
 * (translate-toolkit, OmegaT), and a silent empty file looks like a successful delivery.
 * CONFLICT: the request is fine, the document's state is what stands in the way (409, CLI exit 3).
 */
async function assertSomethingToExport(documentIds: string[], scope: "approved" | "all"): Promise<void> {
  const found = (
    await getPgPool().query<{ any: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM unit WHERE document_id = ANY($1::text[]) AND btrim(english) <> ''
         ${scope === "approved" ? "AND status = 'approved'" : ""}) AS any`,
      [documentIds],
    )
  ).rows[0].any;
  if (found) return;
  if (scope === "approved") {
    throw new AppError("CONFLICT", "Nothing to export: no unit is approved yet. Approve units first, or export all translated units.", {
      reason: "nothingApproved",
    });
  }
  throw new AppError("CONFLICT", "Nothing to export: no unit has an English translation yet.", { reason: "nothingTranslated" });
}

/**
 * Streams one document as XLIFF 1.2 or 2.0: every unit (those without English in scope have no
 * target), in keyset pages like the TMX export, a <group> per paragraph.
 */
export async function* streamXliff(opts: {
  documentId: string;
  version: XliffVersion;
  status: "approved" | "all";
  notes: boolean;
}): AsyncGenerator<string> {
  const pool = getPgPool();
  const doc = await loadDeliveryDocument(opts.documentId);
  const users = new Map((await pool.query<{ id: string; email: string }>(`SELECT id, email FROM "user"`)).rows.map((u) => [u.id, u.email]));
  yield xliffHeader(opts.version, {
    original: doc.title,
    srcLang: doc.source_lang,
    tgtLang: doc.target_lang,
    toolVersion: packageJson.version,
  });
  let paragraph: number | null = null;
  let after = -1;
  for (;;) {
    const units = (
      await pool.query({
        text: `SELECT id, first_sentence, last_sentence, english, status::text, external_id
               FROM unit WHERE document_id = $1 AND first_sentence > $2 ORDER BY first_sentence LIMIT ${PAGE}`,
        values: [doc.id, after],
        rowMode: "array",
      })
    ).rows as [number, number, number, string, string, string | null][];
    if (units.length === 0) break;
    after = units[units.length - 1][1];
    const sentences = new Map(
      (
        (
          await pool.query({
            text: `SELECT position, paragraph, kind::text, text FROM sentence WHERE document_id = $1 AND position BETWEEN $2 AND $3`,
            values: [doc.id, units[0][1], units[units.length - 1][2]],
            rowMode: "array",
          })
        ).rows as [number, number, string, string][]
      ).map((s) => [s[0], s]),
    );
    const notes = opts.notes
      ? await loadNotes(
          units.map((u) => u[0]),
          users,
        )
      : null;
    let out = "";
    for (const [id, first, last, english, status, externalId] of units) {
      const start = sentences.get(first);
      if (!start) continue;
      if (start[1] !== paragraph) {
        if (paragraph !== null) out += xliffGroupClose();
        paragraph = start[1];
        out += xliffGroupOpen(
          opts.version,
          `p${paragraph + 1}`,
          start[2] === "list_item" ? "list-item" : (start[2] as "sentence" | "heading"),
        );
      }
      const texts: string[] = [];
      for (let p = first; p <= last; p++) {
        const s = sentences.get(p);
        if (s) texts.push(s[3]);
      }
      out += xliffUnit(opts.version, {
        id: externalId ?? `setu-${id}`,
        sentences: texts,
        english: inScope(status, english, opts.status) ? english : "",
        status: status as SetuStatus,
        notes: (notes?.get(id) ?? []).map((text) => ({ text })),
      });
    }
    yield out;
    if (units.length < PAGE) break;
  }
  if (paragraph !== null) yield xliffGroupClose();
  yield xliffFooter(opts.version);
}

/** Every sentence and unit of a document, for the exports that rebuild whole paragraphs. */
async function loadParagraphs(doc: DeliveryDocument, scope: "approved" | "all") {
  const pool = getPgPool();
  const sentences = (
    await pool.query({
      text: "SELECT position, paragraph, kind::text, text FROM sentence WHERE document_id = $1 ORDER BY position",
      values: [doc.id],
      rowMode: "array",
    })
  ).rows as [number, number, string, string][];
  const units = (
    await pool.query({
      text: "SELECT first_sentence, last_sentence, english, status::text FROM unit WHERE document_id = $1 ORDER BY first_sentence",
      values: [doc.id],
      rowMode: "array",
    })
  ).rows as [number, number, string, string][];
  const texts = paragraphTexts(
    sentences.map(([position, paragraph, , text]) => ({ position, paragraph, text })),
    units.map(([first, last, english, status]) => ({ first, last, english: inScope(status, english, scope) ? english : "" })),
  );
  const kinds = new Map(sentences.map(([, paragraph, kind]) => [paragraph, kind === "list_item" ? "list-item" : kind]));
  return { texts, kinds };
}

async function loadOriginal(documentId: string): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const row = (
    await getPgPool().query<{ file_name: string; bytes: Buffer }>("SELECT file_name, bytes FROM document_original WHERE document_id = $1", [
      documentId,
    ])
  ).rows[0];
  return row ? { fileName: row.file_name, bytes: new Uint8Array(row.bytes) } : null;
}

/**
 * The translation as a Word file: written into the original .docx when the document came as one
 * (paragraph-level fidelity: see lib/docx/writer), else a clean document built from the paragraphs.
 */
export async function exportDocx(opts: { documentId: string; status: "approved" | "all" }): Promise<Uint8Array> {
  const doc = await loadDeliveryDocument(opts.documentId);
  await assertSomethingToExport([doc.id], opts.status);
  const { texts, kinds } = await loadParagraphs(doc, opts.status);
  const original = doc.source_format === "docx" ? await loadOriginal(doc.id) : null;
  if (original) {
    const replacements = new Map<number, string>();
    for (const [paragraph, text] of texts) if (text !== null) replacements.set(paragraph, text);
    return writeTranslatedDocx(original.bytes, replacements);
  }
  const sentencesByParagraph = await loadHindiParagraphs(doc.id);
  return writeCleanDocx(
    [...texts].map(([paragraph, text]) => ({
      kind: (kinds.get(paragraph) ?? "sentence") as "sentence" | "heading" | "list-item",
      text: text ?? sentencesByParagraph.get(paragraph) ?? "",
      lang: text === null ? doc.source_lang : doc.target_lang,
    })),
    { title: doc.title },
  );
}

async function loadHindiParagraphs(documentId: string): Promise<Map<number, string>> {
  const rows = (
    await getPgPool().query<{ paragraph: number; text: string }>(
      "SELECT paragraph, string_agg(text, ' ' ORDER BY position) AS text FROM sentence WHERE document_id = $1 GROUP BY paragraph",
      [documentId],
    )
  ).rows;
  return new Map(rows.map((r) => [r.paragraph, r.text]));
}

/** The translation as subtitles: the original's cues with their numbers and timings, English wrapped. */
export async function exportSrt(opts: { documentId: string; status: "approved" | "all"; lineLength: number }): Promise<string> {
  const doc = await loadDeliveryDocument(opts.documentId);
  const original = doc.source_format === "srt" ? await loadOriginal(doc.id) : null;
  if (!original) {
    throw new AppError("BAD_INPUT", "Only a document imported from an .srt file can be exported as subtitles: the timings come from it.", {
      reason: "srtNeedsOriginal",
    });
  }
  await assertSomethingToExport([doc.id], opts.status);
  const { texts } = await loadParagraphs(doc, opts.status);
  const cues = readSrt(decodeTextFile(original.bytes));
  return cues
    .map((cue, index) => {
      const text = texts.get(index);
      return writeSrtCue({ ...cue, lines: text === null || text === undefined ? cue.lines : wrapCue(text, opts.lineLength) });
    })
    .join("");
}
