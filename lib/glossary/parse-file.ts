import { AppError } from "@/lib/errors";
import { csvToGlossary } from "@/lib/glossary/csv-format";
import type { GlossaryEntryInput } from "@/lib/glossary/types";
import { readTbx } from "@/lib/tbx/read-tbx";
import { decodeTextFile } from "@/lib/text/decode";

export type GlossaryFileFormat = "csv" | "tbx";

export function glossaryFormatOf(fileName: string): GlossaryFileFormat {
  if (/\.csv$/i.test(fileName)) return "csv";
  if (/\.(tbx|xml)$/i.test(fileName)) return "tbx";
  throw new AppError("BAD_INPUT", `"${fileName}" is not a .csv, .tbx or .xml file.`, { reason: "glossaryFileType" });
}

/**
 * Decodes and parses a whole glossary file before anything is written, so a bad file fails with
 * MALFORMED_FILE / UNSAFE_XML / TOO_LARGE / NOT_UTF8 naming the problem and imports nothing.
 * Standard TBX files name TBXcoreStructV02.dtd; that reference is accepted (never fetched) while
 * entity declarations are still refused.
 */
export function parseGlossaryFile(
  fileName: string,
  bytes: Uint8Array,
  maxBytes: number,
  stats: { restored: number } = { restored: 0 },
): GlossaryEntryInput[] {
  const format = glossaryFormatOf(fileName);
  const text = decodeTextFile(bytes, { maxBytes });
  const entries = format === "csv" ? csvToGlossary(text, stats) : readTbx(text, { allowExternalDtdReference: true });
  if (entries.length === 0) {
    throw new AppError("MALFORMED_FILE", `"${fileName}" contains no Hindi–English entries.`, { reason: "noEntries" });
  }
  return entries;
}
