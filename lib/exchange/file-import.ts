/**
 * From a file's content to what Setu stores (ImportBuilder), for the formats translators receive:
 * XLIFF (bilingual: units, ids, states, notes), DOCX (paragraphs) and SRT (cues). Pure: the feature
 * layer stores the result in one transaction. Imported statuses are capped by the importer's role
 * through the one policy (capImportedStatus).
 */

import type { DocxLimits } from "@/lib/docx/package";
import { readDocx } from "@/lib/docx/reader";
import { capImportedStatus } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { readSrt } from "@/lib/srt/srt";
import { readXliff } from "@/lib/xliff/reader";
import { ImportBuilder } from "./import-builder";

export interface BuiltImport {
  builder: ImportBuilder;
  /** Pieces read from the file (units, paragraphs with text, cues), accepted or not. */
  read: number;
  /** Units whose status the importer's role lowered. */
  capped: number;
}

/** The language subtag says Hindi ("hi", "hi-IN", "hi_Deva"). */
const isHindi = (lang: string) => /^hi(?:[-_]|$)/i.test(lang.trim());

export async function buildXliffImport(
  chunks: AsyncIterable<string>,
  opts: { role: Role; maxBytes: number },
): Promise<BuiltImport & { version: "1.2" | "2.0" }> {
  const builder = new ImportBuilder();
  let version: "1.2" | "2.0" | null = null;
  let read = 0;
  let capped = 0;
  let paragraph = -1;
  let lastGroup: number | null = null;
  for await (const event of readXliff(chunks, { maxBytes: opts.maxBytes })) {
    if (event.kind === "file") {
      version ??= event.version;
      if (!isHindi(event.srcLang)) {
        throw new AppError("BAD_INPUT", `The XLIFF file's source language is ${event.srcLang}, not Hindi; Setu translates from Hindi.`, {
          reason: "notHindiSource",
          language: event.srcLang,
        });
      }
      continue;
    }
    read++;
    const unit = event.unit;
    if (!unit.translatable) {
      builder.skip("not-translatable");
      continue;
    }
    // Units of one <group> are one paragraph; a unit outside groups is a paragraph of its own.
    if (unit.group === null || unit.group !== lastGroup) paragraph++;
    lastGroup = unit.group;
    const kind = unit.groupKind;
    const sentences = unit.sentences ?? builder.sentencesOf(unit.source, kind);
    const cap = capImportedStatus(opts.role, unit.status);
    const added = builder.addUnit(sentences, paragraph, kind, {
      english: unit.english,
      status: cap.status,
      externalId: unit.id || null,
      notes: unit.notes.map((n) => (n.from ? `${n.from}: ${n.text}` : n.text)),
    });
    if (added && cap.capped) capped++;
  }
  if (builder.units.length === 0) {
    throw new AppError(
      "BAD_INPUT",
      read === 0 ? "The XLIFF file contains no translation units." : `None of the ${read} translation units has Hindi text.`,
      { reason: "noUnits", read, skipped: builder.skipped },
    );
  }
  return { builder, read, capped, version: version ?? "1.2" };
}

export async function buildDocxImport(bytes: Uint8Array, limits?: DocxLimits): Promise<BuiltImport> {
  const result = await readDocx(bytes, limits);
  const builder = new ImportBuilder();
  let read = 0;
  for (const p of result.paragraphs) {
    if (p.text.trim() === "") continue;
    read++;
    builder.addParagraph(p.text, p.index, p.kind);
  }
  for (const [what, count] of Object.entries(result.skipped)) if (count > 0) builder.skip(what, count);
  if (builder.units.length === 0) throw new AppError("EMPTY_TEXT", "The Word document has no text in its body.", { reason: "noText" });
  return { builder, read, capped: 0 };
}

export function buildSrtImport(text: string): BuiltImport {
  const cues = readSrt(text);
  const builder = new ImportBuilder();
  cues.forEach((cue, index) => {
    // The cue's position in the file is its paragraph: the export finds its timing by it.
    if (builder.addParagraph(cue.lines.join(" "), index, "sentence") === 0) builder.skip("empty-cue");
  });
  if (builder.units.length === 0) throw new AppError("EMPTY_TEXT", "The subtitles have no text.", { reason: "noText" });
  return { builder, read: cues.length, capped: 0 };
}
