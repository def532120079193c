import "server-only";
import { z } from "zod";
import { type SegmentsToStore, storeSegments, writeSegments } from "@/features/documents/mutations";
import { exportDocx, exportSrt, loadExportDocument, streamExport, streamXliff } from "@/features/exchange/data";
import { loadJobInputFile } from "@/features/jobs/data";
import { enqueueJob, type JobContext, lockRequester } from "@/features/jobs/mutations";
import { capImportedStatus } from "@/lib/editor/policy";
import { type Role, roles } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { type BuiltImport, buildDocxImport, buildSrtImport, buildXliffImport } from "@/lib/exchange/file-import";
import { contentTypes, fileExtensions } from "@/lib/exchange/formats";
import { prisma } from "@/lib/server/prisma";
import { decodeTextFile } from "@/lib/text/decode";
import { normaliseText } from "@/lib/text/normalise";
import { countWords } from "@/lib/text/prepare";
import { type Segment, segmentHindi } from "@/lib/text/segment";
import { decodeXmlChunks } from "@/lib/tmx/decode-chunks";
import { pickHindiEnglish } from "@/lib/tmx/pick-languages";
import { readTmx } from "@/lib/tmx/reader";
import {
  documentExportFormats,
  type FileImportReport,
  importFormatOf,
  type TmxImportReport,
  type UnitStatusValue,
  unitStatuses,
} from "./schema";

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/**
 * Writes the document an importer built, given what the report will say about it: storeSegments in its
 * own transaction by default; an import job writes it in the job's one final transaction instead.
 */
export type StoreImport<Summary> = (doc: SegmentsToStore, summary: Summary) => Promise<{ id: string }>;

/**
 * Creates a document from a TMX file: each accepted <tu> becomes one unit (its Hindi may hold several
 * sentences), with the status the file records capped by the importer's role; all in memory first and then written in one transaction, so a malformed file, an unsafe
 * one or a database failure leaves nothing behind.
 */
export async function importTmx(
  bytes: AsyncIterable<Uint8Array> | Uint8Array,
  input: {
    title: string;
    projectId: string;
    userId: string | null;
    maxBytes: number;
    role: Role;
    store?: StoreImport<Omit<TmxImportReport, "id">>;
  },
): Promise<TmxImportReport> {
  if (bytes instanceof Uint8Array && bytes.length > input.maxBytes) {
    throw new AppError("TOO_LARGE", `The TMX file is ${bytes.length} bytes; the limit is ${input.maxBytes} bytes.`, {
      reason: "fileTooLarge",
      limit: input.maxBytes,
    });
  }
  const source = bytes instanceof Uint8Array ? once(bytes) : bytes;
  const segments: Segment[] = [];
  const units: { first: number; last: number; english: string; status: UnitStatusValue }[] = [];
  const skipped: Record<string, number> = {};
  const extraLanguages = new Set<string>();
  let srcLang = "";
  let read = 0;
  let wordCount = 0;
  let hasDevanagari = false;
  let capped = 0;
  const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);

  for await (const event of readTmx(decodeXmlChunks(source), { maxBytes: input.maxBytes })) {
    if (event.kind === "header") {
      srcLang = event.header.srcLang;
      continue;
    }
    read++;
    const pick = pickHindiEnglish(srcLang, event.unit.variants);
    if ("skip" in pick) {
      skip(pick.skip);
      continue;
    }
    for (const lang of pick.extraLanguages) extraLanguages.add(lang);
    const english = normaliseText(pick.english);
    // The tu is one unit whatever segmentation finds inside it; its sentences share a paragraph.
    const sentences = segmentHindi(pick.hindi);
    if (sentences.length === 0 || !english) {
      skip("empty-text");
      continue;
    }
    const paragraph = units.length;
    const first = segments.length;
    for (const s of sentences) {
      segments.push({ text: s.text, kind: s.kind, paragraph });
      wordCount += countWords(s.text);
      if (!hasDevanagari && DEVANAGARI.test(s.text)) hasDevanagari = true;
    }
    const declared = event.unit.props["x-setu-status"];
    // The file's status counts only as far as the importer's role reaches: a translator's approved
    // unit arrives as translated (and the report says how many were lowered).
    const cap = capImportedStatus(
      input.role,
      (unitStatuses as readonly string[]).includes(declared) ? (declared as UnitStatusValue) : "translated",
    );
    if (cap.capped) capped++;
    units.push({ first, last: segments.length - 1, english, status: cap.status });
  }

  if (units.length === 0) {
    const reasons = Object.entries(skipped)
      .map(([reason, n]) => `${reason}: ${n}`)
      .join(", ");
    throw new AppError(
      "BAD_INPUT",
      read === 0
        ? "The TMX file contains no translation units."
        : `None of the ${read} translation units has both a Hindi and an English variant (${reasons}).`,
      { reason: "noHindiEnglish", read, skipped },
    );
  }

  const summary = { units: units.length, read, skipped, extraLanguages: [...extraLanguages].sort(), capped };
  const store = input.store ?? storeSegments;
  const result = await store(
    { title: input.title, projectId: input.projectId, segments, wordCount, hasDevanagari, userId: input.userId, englishByUnit: units },
    summary,
  );
  return { id: result.id, ...summary };
}

async function collect(bytes: AsyncIterable<Uint8Array> | Uint8Array, maxBytes: number): Promise<Uint8Array> {
  if (bytes instanceof Uint8Array) return bytes;
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const part of bytes) {
    total += part.length;
    if (total > maxBytes)
      throw new AppError("TOO_LARGE", `The file is larger than ${maxBytes} bytes.`, { reason: "fileTooLarge", limit: maxBytes });
    parts.push(part);
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * Creates a document from a file a translator received: .tmx, .xlf/.xliff, .docx or .srt (by its
 * name). Everything is read and checked first, then stored in one transaction with the unit
 * statuses capped by the importer's role; DOCX and SRT originals are kept for the export.
 */
export async function importFile(
  file: { name: string; bytes: AsyncIterable<Uint8Array> | Uint8Array },
  input: {
    title: string;
    projectId: string;
    userId: string | null;
    role: Role;
    maxBytes: number;
    store?: StoreImport<Omit<FileImportReport, "id">>;
  },
): Promise<FileImportReport> {
  const format = importFormatOf(file.name);
  if (format === null) {
    throw new AppError("BAD_INPUT", `"${file.name}" is not a file Setu imports (.tmx, .xlf, .xliff, .docx, .srt).`, { reason: "fileType" });
  }
  if (format === "tmx") {
    const { store } = input;
    const report = await importTmx(file.bytes, {
      ...input,
      store: store && ((doc, summary) => store(doc, { ...summary, format })),
    });
    return { ...report, format };
  }
  let built: BuiltImport;
  let sourceFormat: "xliff12" | "xliff20" | "docx" | "srt";
  let original: { fileName: string; bytes: Uint8Array } | undefined;
  if (format === "xliff") {
    const source = file.bytes instanceof Uint8Array ? once(file.bytes) : file.bytes;
    const xliff = await buildXliffImport(decodeXmlChunks(source), { role: input.role, maxBytes: input.maxBytes });
    built = xliff;
    sourceFormat = xliff.version === "2.0" ? "xliff20" : "xliff12";
  } else {
    const bytes = await collect(file.bytes, input.maxBytes);
    if (bytes.length > input.maxBytes)
      throw new AppError("TOO_LARGE", `The file is larger than ${input.maxBytes} bytes.`, {
        reason: "fileTooLarge",
        limit: input.maxBytes,
      });
    built = format === "docx" ? await buildDocxImport(bytes) : buildSrtImport(decodeTextFile(bytes, { maxBytes: input.maxBytes }));
    sourceFormat = format;
    original = { fileName: file.name, bytes };
  }
  const { builder } = built;
  const skipped = { ...builder.skipped };
  if (builder.comments.length && !input.userId) skipped["notes-without-author"] = builder.comments.length;
  const summary = { format, units: builder.units.length, read: built.read, skipped, capped: built.capped, extraLanguages: [] };
  const store = input.store ?? storeSegments;
  const result = await store(
    {
      title: input.title,
      projectId: input.projectId,
      segments: builder.segments,
      wordCount: builder.wordCount,
      hasDevanagari: builder.hasDevanagari,
      userId: input.userId,
      englishByUnit: builder.units,
      sourceFormat,
      original,
      comments: builder.comments,
    },
    summary,
  );
  return { id: result.id, ...summary };
}

/** What an import job carries in its row (job.input); the file itself waits in job_file. */
const importJobInput = z.object({ title: z.string(), role: z.enum(roles) });

/**
 * Queues the import of a large file as a job, after the checks that need no parsing (its type, its
 * size); returns the job's id. The file is stored in the database beside the job row, in the same
 * transaction, so that a worker on any machine can read it; it is deleted when the job ends.
 * `input.role` is the importer's role in the project now; the job commits only if it is the same then.
 */
export async function enqueueImport(
  file: { name: string; bytes: Uint8Array },
  input: { title: string; projectId: string; userId: string; role: Role; maxBytes: number },
): Promise<string> {
  if (importFormatOf(file.name) === null) {
    throw new AppError("BAD_INPUT", `"${file.name}" is not a file Setu imports (.tmx, .xlf, .xliff, .docx, .srt).`, { reason: "fileType" });
  }
  if (file.bytes.length > input.maxBytes) {
    throw new AppError("TOO_LARGE", `The file is larger than ${input.maxBytes} bytes.`, { reason: "fileTooLarge", limit: input.maxBytes });
  }
  const jobInput: z.infer<typeof importJobInput> = { title: input.title, role: input.role };
  return enqueueJob({
    kind: "import",
    projectId: input.projectId,
    documentId: null,
    requestedById: input.userId,
    total: file.bytes.length,
    input: jobInput,
    file: { fileName: file.name, mediaType: "application/octet-stream", bytes: file.bytes },
  });
}

/** How often a running import writes its progress, and the pieces it reads the file in. */
const PROGRESS_EVERY_MS = 250;
const CHUNK_BYTES = 64 * 1024;
const IMPORT_JOB_TIMEOUT_MS = 10 * 60_000;

/** The staged file as the parsers read it, piece by piece, writing the bytes read as the job's progress. */
async function* readWithProgress(bytes: Uint8Array, job: JobContext): AsyncIterable<Uint8Array> {
  let last = Date.now();
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    if (Date.now() - last >= PROGRESS_EVERY_MS) {
      await job.progress(at, bytes.length);
      last = Date.now();
    }
    yield bytes.subarray(at, at + CHUNK_BYTES);
  }
  await job.progress(bytes.length, bytes.length);
}

/**
 * The worker's side of an import job: parses the staged file (progress: bytes read), then writes the
 * document in the job's one final transaction, where the importer's account and membership are read
 * again (locked): someone removed from the project imports nothing (requesterLeft), and someone whose
 * role changed meanwhile neither (roleChanged: the statuses were capped by the old role). A file that
 * does not parse fails the job with the parser's own error; nothing is written before the end.
 * The job row gets the new document's id in the same transaction.
 */
export async function runImportJob(job: JobContext): Promise<void> {
  const input = importJobInput.parse(job.input);
  const file = await loadJobInputFile(job.id);
  if (!file) throw new AppError("NOT_FOUND", "The file of this import job is gone.", { reason: "notFound" });
  await job.progress(0, file.bytes.length);
  await importFile(
    { name: file.fileName, bytes: readWithProgress(file.bytes, job) },
    {
      title: input.title,
      projectId: job.projectId,
      userId: job.requestedById,
      role: input.role,
      maxBytes: Math.max(file.bytes.length, 1),
      store: (doc, summary) =>
        job.finish(
          async (tx) => {
            const actor = await lockRequester(tx, job.projectId, job.requestedById);
            if (actor.role !== input.role) {
              throw new AppError("CONFLICT", "The importer's role changed while the import waited.", { reason: "roleChanged" });
            }
            const id = await writeSegments(tx, doc);
            // The job now belongs to the document it made: the Jobs lists name and link it.
            await tx.$executeRaw`UPDATE job SET document_id = ${id} WHERE id = ${job.id}`;
            return { ...summary, skipped: { ...summary.skipped }, extraLanguages: [...summary.extraLanguages], id };
          },
          { timeout: IMPORT_JOB_TIMEOUT_MS },
        ),
    },
  );
}

/** What an export job carries in its row: the export route's parsed query (documentExportQuery). */
const exportJobInput = z.object({
  format: z.enum(documentExportFormats),
  status: z.enum(["approved", "all"]),
  notes: z.boolean(),
  langs: z.boolean(),
  lineLength: z.number().int(),
});
export type ExportJobInput = z.infer<typeof exportJobInput>;

/** How long a finished export's file is kept for its download. */
const EXPORT_KEPT_HOURS = 24;

/** Queues the export of a document as a job (the caller has checked access); returns the job's id. */
export async function enqueueExport(documentId: string, input: ExportJobInput, user: { id: string; projectId: string }): Promise<string> {
  const total = await prisma.unit.count({ where: { documentId } });
  return enqueueJob({ kind: "export", projectId: user.projectId, documentId, requestedById: user.id, total, input });
}

/** The export's text pieces joined, counting them as progress (a piece is about one unit). */
async function collectWithProgress(chunks: AsyncGenerator<string>, job: JobContext, total: number): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let done = 0;
  let last = Date.now();
  for await (const chunk of chunks) {
    parts.push(encoder.encode(chunk));
    done++;
    if (Date.now() - last >= PROGRESS_EVERY_MS) {
      await job.progress(Math.min(done, total), total);
      last = Date.now();
    }
  }
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * The worker's side of an export job: builds the file as the download route would, then stores it
 * (job_file, purpose "output", kept EXPORT_KEPT_HOURS) in the job's final transaction, where the
 * requester's membership is read again (requesterLeft). GET /api/jobs/:id/download serves it to
 * whoever may read the document then.
 */
export async function runExportJob(job: JobContext): Promise<void> {
  const input = exportJobInput.parse(job.input);
  const documentId = job.documentId;
  const doc = documentId ? await loadExportDocument(documentId) : null;
  if (!documentId || !doc) throw new AppError("NOT_FOUND", "The document of this export is gone.", { reason: "documentNotFound" });
  const total = await prisma.unit.count({ where: { documentId } });
  await job.progress(0, total);
  const { format, status } = input;
  let bytes: Uint8Array;
  if (format === "docx") bytes = await exportDocx({ documentId, status });
  else if (format === "srt") bytes = new TextEncoder().encode(await exportSrt({ documentId, status, lineLength: input.lineLength }));
  else if (format === "xliff12" || format === "xliff20")
    bytes = await collectWithProgress(
      streamXliff({ documentId, version: format === "xliff12" ? "1.2" : "2.0", status, notes: input.notes }),
      job,
      total,
    );
  else
    bytes = await collectWithProgress(
      streamExport({ documentIds: [documentId], format, status, notes: input.notes, bareLangs: input.langs }),
      job,
      total,
    );
  await job.progress(total, total);
  const fileName = `${doc.title}.${fileExtensions[format]}`;
  await job.finish(async (tx) => {
    await lockRequester(tx, job.projectId, job.requestedById);
    const [stored] = await tx.$queryRaw<{ expiresAt: Date }[]>`
      INSERT INTO job_file (job_id, purpose, file_name, media_type, bytes, expires_at)
      VALUES (${job.id}, 'output', ${fileName}, ${contentTypes[format]}, ${Buffer.from(bytes)}, now() + make_interval(hours => ${EXPORT_KEPT_HOURS}))
      ON CONFLICT (job_id, purpose) DO UPDATE SET bytes = EXCLUDED.bytes, expires_at = EXCLUDED.expires_at
      RETURNING expires_at AS "expiresAt"`;
    return { fileName, format, bytes: bytes.length, expiresAt: stored.expiresAt.toISOString() };
  });
}
