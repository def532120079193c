import { parseCsvRecords, restoreCell, toCsvRow } from "@/lib/csv/csv";
import { AppError } from "@/lib/errors";
import { normalisePartOfSpeech } from "./part-of-speech";
import { type GlossaryEntryInput, type TermStatus, termStatuses } from "./types";

/**
 * Glossary as CSV, one row per English alternative, so it can be edited in a spreadsheet:
 *   hindi,english,status,part_of_speech,note
 * Reading groups rows by Hindi term + part of speech (the same Hindi word as noun and verb are two
 * entries); a part of speech Setu recognises is stored in its own spelling (part-of-speech.ts). Entry ids are not part of the format; read entries get "csv-<line>" ids naming the line
 * of their first row, and the database assigns real ones.
 */
export const glossaryCsvHeader = ["hindi", "english", "status", "part_of_speech", "note"] as const;

export function glossaryToCsv(entries: GlossaryEntryInput[]): string {
  const rows = [toCsvRow([...glossaryCsvHeader])];
  for (const entry of entries) {
    for (const english of entry.english) {
      rows.push(toCsvRow([entry.hindi, english.text, english.status, entry.partOfSpeech ?? "", entry.note ?? ""]));
    }
  }
  return rows.join("\r\n") + "\r\n";
}

function parseStatus(raw: string, line: number): TermStatus {
  const status = raw.trim().toLowerCase();
  if (status === "") return "preferred";
  if (status === "dnt") return "do-not-translate";
  if ((termStatuses as readonly string[]).includes(status)) return status as TermStatus;
  throw new AppError("MALFORMED_FILE", `CSV line ${line}: unknown status "${raw}" (use ${termStatuses.join(", ")})`, {
    reason: "csvBadStatus",
    line,
    value: raw,
    allowed: termStatuses.join(", "),
  });
}

/**
 * Validates the whole file before returning, so an import is all or nothing. Cells that Setu's
 * export neutralised against CSV injection ('-ism) are restored (-ism) and counted in `stats`.
 */
export function csvToGlossary(text: string, stats: { restored: number } = { restored: 0 }): GlossaryEntryInput[] {
  const records = parseCsvRecords(text);
  if (records.length === 0) throw new AppError("EMPTY_TEXT", "The CSV file is empty", { reason: "emptyText" });
  const header = records[0].fields.map((f) => f.trim().toLowerCase());
  if (header.join(",") !== glossaryCsvHeader.join(",")) {
    throw new AppError("MALFORMED_FILE", `CSV line ${records[0].line}: header must be "${glossaryCsvHeader.join(",")}"`, {
      reason: "csvBadHeader",
      line: records[0].line,
      header: glossaryCsvHeader.join(","),
    });
  }

  const byKey = new Map<string, GlossaryEntryInput>();
  for (const { fields, line } of records.slice(1)) {
    if (fields.length === 1 && fields[0].trim() === "") continue; // blank line
    if (fields.length !== glossaryCsvHeader.length) {
      throw new AppError("MALFORMED_FILE", `CSV line ${line}: expected ${glossaryCsvHeader.length} columns, found ${fields.length}`, {
        reason: "csvColumns",
        line,
        expected: glossaryCsvHeader.length,
        found: fields.length,
      });
    }
    const [hindiRaw, englishRaw, statusRaw, posRaw, noteRaw] = fields.map((field) => {
      const cell = restoreCell(field);
      if (cell.restored) stats.restored++;
      return cell.value;
    });
    const hindi = hindiRaw.normalize("NFC").trim();
    const english = englishRaw.normalize("NFC").trim();
    if (hindi === "")
      throw new AppError("MALFORMED_FILE", `CSV line ${line}: the hindi column is empty`, { reason: "csvHindiEmpty", line });
    if (english === "")
      throw new AppError("MALFORMED_FILE", `CSV line ${line}: the english column is empty`, { reason: "csvEnglishEmpty", line });
    const status = parseStatus(statusRaw, line);
    const partOfSpeech = normalisePartOfSpeech(posRaw) || null;
    const note = noteRaw.trim() || null;

    const key = `${hindi}\u0000${partOfSpeech ?? ""}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { id: `csv-${line}`, hindi, english: [], partOfSpeech, note };
      byKey.set(key, entry);
    } else if (note !== null) {
      if (entry.note === null) entry.note = note;
      else if (entry.note !== note) {
        throw new AppError("MALFORMED_FILE", `CSV line ${line}: note differs from an earlier row for "${hindi}"`, {
          reason: "csvNoteDiffers",
          line,
          hindi,
        });
      }
    }
    const same = entry.english.find((e) => e.text === english);
    if (same && same.status !== status) {
      throw new AppError("MALFORMED_FILE", `CSV line ${line}: "${english}" is listed twice with different statuses`, {
        reason: "csvStatusConflict",
        line,
        english,
      });
    }
    if (!same) entry.english.push({ text: english, status });
  }
  return [...byKey.values()];
}
