import "server-only";
import { storeSegments } from "@/features/documents/mutations";
import { capImportedStatus } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { type BuiltImport, buildDocxImport, buildSrtImport, buildXliffImport } from "@/lib/exchange/file-import";
import { decodeTextFile } from "@/lib/text/decode";
import { normaliseText } from "@/lib/text/normalise";
import { countWords } from "@/lib/text/prepare";
import { type Segment, segmentHindi } from "@/lib/text/segment";
import { decodeXmlChunks } from "@/lib/tmx/decode-chunks";
import { pickHindiEnglish } from "@/lib/tmx/pick-languages";
import { readTmx } from "@/lib/tmx/reader";
import { type FileImportReport, importFormatOf, type TmxImportReport, type UnitStatusValue, unitStatuses } from "./schema";

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/**
 * Creates a document from a TMX file: each accepted <tu> becomes one unit (its Hindi may hold several
 * sentences), with the status the file records capped by the importer's role; all in memory first and then written in one transaction, so a malformed file, an unsafe
 * one or a database failure leaves nothing behind.
 */
export async function importTmx(
  bytes: AsyncIterable<Uint8Array> | Uint8Array,
  input: { title: string; projectId: string; userId: string | null; maxBytes: number; role: Role },
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

  const result = await storeSegments({
    title: input.title,
    projectId: input.projectId,
    segments,
    wordCount,
    hasDevanagari,
    userId: input.userId,
    englishByUnit: units,
  });
  return { id: result.id, units: units.length, read, skipped, extraLanguages: [...extraLanguages].sort(), capped };
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
  input: { title: string; projectId: string; userId: string | null; role: Role; maxBytes: number },
): Promise<FileImportReport> {
  const format = importFormatOf(file.name);
  if (format === null) {
    throw new AppError("BAD_INPUT", `"${file.name}" is not a file Setu imports (.tmx, .xlf, .xliff, .docx, .srt).`, { reason: "fileType" });
  }
  if (format === "tmx") {
    const report = await importTmx(file.bytes, input);
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
  const result = await storeSegments({
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
  });
  return { id: result.id, format, units: builder.units.length, read: built.read, skipped, capped: built.capped, extraLanguages: [] };
}
