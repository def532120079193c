import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import type { SourceFormat } from "@/generated/prisma/client";
import type { UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { prisma, type Tx } from "@/lib/server/prisma";
import { prepareHindiDocument } from "@/lib/text/prepare";
import { countParagraphs, type ParagraphMode, type Segment } from "@/lib/text/segment";

/** Rows per INSERT … SELECT FROM unnest(…): big enough to amortise round trips, small enough for memory. */
const BATCH = 10_000;
const IMPORT_TIMEOUT_MS = 10 * 60_000;

export interface ImportResult {
  id: string;
  sentenceCount: number;
  paragraphCount: number;
  wordCount: number;
  warnings: "noDevanagari"[];
}

const kindOf: Record<Segment["kind"], "sentence" | "heading" | "list_item"> = {
  sentence: "sentence",
  heading: "heading",
  "list-item": "list_item",
};

/**
 * Creates a document from Hindi text: segmented, normalised, stored sentence by sentence with one
 * 1:1 alignment unit per sentence. One transaction, set-based inserts: a failure anywhere leaves
 * no partial document behind.
 */
export async function importDocument(input: {
  title: string;
  /** The project it belongs to (features/projects resolveProjectFor: chosen, or the only one). */
  projectId: string;
  text: string;
  userId: string | null;
  allowNoDevanagari?: boolean;
  /** How line breaks make paragraphs (already resolved for markdown by paragraphModeFor). */
  paragraphs?: ParagraphMode;
}): Promise<ImportResult> {
  const prepared = prepareHindiDocument(input.text, { paragraphs: input.paragraphs });
  if (!prepared.hasDevanagari && !input.allowNoDevanagari) {
    throw new AppError("BAD_INPUT", "The text contains no Devanagari at all; confirm to import it anyway.", {
      reason: "noDevanagari",
    });
  }
  return storeSegments({ ...input, segments: prepared.segments, wordCount: prepared.wordCount, hasDevanagari: prepared.hasDevanagari });
}

export interface UnitRowInput {
  first: number;
  last: number;
  english: string;
  confidence?: number | null;
  /** Defaults to draft; TMX import carries the status the file recorded. */
  status?: UnitStatus;
  /** The unit's id in the file it came from (XLIFF), written back on export. */
  externalId?: string | null;
}

/** Inserts alignment units with their English, set-based in batches, inside the caller's transaction. */
export async function insertUnits(tx: Tx, documentId: string, units: UnitRowInput[], userId: string | null): Promise<void> {
  for (let start = 0; start < units.length; start += BATCH) {
    const batch = units.slice(start, start + BATCH);
    await tx.$executeRaw`
      INSERT INTO unit (document_id, first_sentence, last_sentence, english, confidence, status, external_id, created_by_id, author_id)
      SELECT ${documentId}, f, l, e, c, COALESCE(s, 'draft'), x, ${userId}, CASE WHEN e = '' THEN NULL ELSE ${userId} END
      FROM unnest(
        ${batch.map((u) => u.first)}::int[],
        ${batch.map((u) => u.last)}::int[],
        ${batch.map((u) => u.english)}::text[],
        ${batch.map((u) => u.confidence ?? null)}::float8[],
        ${batch.map((u) => u.status ?? null)}::"UnitStatus"[],
        ${batch.map((u) => u.externalId ?? null)}::text[]) AS t(f, l, e, c, s, x)`;
  }
}

/** A document as an importer built it, ready to be written (storeSegments, or inside a job's final transaction). */
export interface SegmentsToStore {
  title: string;
  projectId: string;
  segments: Segment[];
  wordCount: number;
  hasDevanagari: boolean;
  userId: string | null;
  englishByUnit?: UnitRowInput[];
  sourceFormat?: SourceFormat;
  /** The file itself, kept when exporting needs it (DOCX, SRT). */
  original?: { fileName: string; bytes: Uint8Array };
  /** Notes of the file, stored as comments by the importer on the unit that starts at sentence `first`. */
  comments?: { first: number; body: string }[];
}

export async function storeSegments(input: SegmentsToStore): Promise<ImportResult> {
  const id = await prisma.$transaction((tx) => writeSegments(tx, input), { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 });
  return importResultOf(input, id);
}

/** What an import reports about the document it wrote. */
export function importResultOf(input: SegmentsToStore, id: string): ImportResult {
  return {
    id,
    sentenceCount: input.segments.length,
    paragraphCount: countParagraphs(input.segments),
    wordCount: input.wordCount,
    warnings: input.hasDevanagari ? [] : ["noDevanagari"],
  };
}

/** Writes a built document (sentences, units, notes, the audit row) inside `tx`; returns its id. */
export async function writeSegments(tx: Tx, input: SegmentsToStore): Promise<string> {
  const { segments } = input;
  const doc = await tx.document.create({
    data: {
      title: input.title,
      projectId: input.projectId,
      sentenceCount: segments.length,
      wordCount: input.wordCount,
      createdById: input.userId,
      sourceFormat: input.sourceFormat ?? "text",
      ...(input.original && {
        original: {
          create: { fileName: input.original.fileName, size: input.original.bytes.length, bytes: new Uint8Array(input.original.bytes) },
        },
      }),
    },
    select: { id: true },
  });
  for (let start = 0; start < segments.length; start += BATCH) {
    const batch = segments.slice(start, start + BATCH);
    await tx.$executeRaw`
      INSERT INTO sentence (document_id, position, paragraph, kind, text)
      SELECT ${doc.id}, * FROM unnest(
        ${batch.map((_, i) => start + i)}::int[],
        ${batch.map((s) => s.paragraph)}::int[],
        ${batch.map((s) => kindOf[s.kind])}::"SegmentKind"[],
        ${batch.map((s) => s.text)}::text[])`;
  }
  if (input.englishByUnit) {
    await insertUnits(tx, doc.id, input.englishByUnit, input.userId);
  } else {
    await tx.$executeRaw`
      INSERT INTO unit (document_id, first_sentence, last_sentence, created_by_id)
      SELECT document_id, position, position, ${input.userId} FROM sentence WHERE document_id = ${doc.id}`;
  }
  if (input.comments?.length && input.userId) {
    for (let start = 0; start < input.comments.length; start += BATCH) {
      const batch = input.comments.slice(start, start + BATCH);
      await tx.$executeRaw`
        INSERT INTO comment (unit_id, author_id, body)
        SELECT u.id, ${input.userId}, t.b
        FROM unnest(${batch.map((c) => c.first)}::int[], ${batch.map((c) => c.body)}::text[]) WITH ORDINALITY AS t(f, b, n)
        JOIN unit u ON u.document_id = ${doc.id} AND u.first_sentence = t.f
        ORDER BY t.n`;
    }
  }
  await recordAudit(tx, {
    userId: input.userId,
    action: "document.create",
    documentId: doc.id,
    details: { title: input.title, projectId: input.projectId, sentences: segments.length, paragraphs: countParagraphs(segments) },
  });
  return doc.id;
}

export async function deleteDocument(documentId: string, userId: string): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      const doc = await tx.document.findUnique({ where: { id: documentId }, select: { title: true } });
      if (!doc) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
      await tx.document.delete({ where: { id: documentId } });
      await recordAudit(tx, { userId, action: "document.delete", documentId, details: { title: doc.title } });
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
}
