import { AppError } from "@/lib/errors";

/**
 * RFC 4180 CSV. Reading is strict where silence would corrupt data (an unclosed quote would swallow
 * the rest of the file into one field) and lenient where spreadsheets commonly deviate: LF or lone
 * CR line ends, a UTF-8 BOM, a quote inside an unquoted field (kept literally).
 */

export interface CsvRecord {
  fields: string[];
  /** 1-based line on which the record starts, for error messages. */
  line: number;
}

export function parseCsvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let recordLine = 1;
  const n = text.length;
  if (i >= n) return records;

  for (;;) {
    // At the start of a field.
    let value: string;
    if (text[i] === '"') {
      const openLine = line;
      let out = "";
      let from = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          throw new AppError("MALFORMED_FILE", `CSV line ${openLine}: quoted field is never closed`, {
            reason: "csvUnclosedQuote",
            line: openLine,
          });
        }
        line += countLineBreaks(text, i, q);
        if (text[q + 1] === '"') {
          out += text.slice(from, q + 1);
          i = from = q + 2;
          continue;
        }
        out += text.slice(from, q);
        i = q + 1;
        break;
      }
      value = out;
      if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
        throw new AppError("MALFORMED_FILE", `CSV line ${line}: unexpected text after a closing quote`, {
          reason: "csvTextAfterQuote",
          line,
        });
      }
    } else {
      let j = i;
      while (j < n && text[j] !== "," && text[j] !== "\n" && text[j] !== "\r") j++;
      value = text.slice(i, j);
      i = j;
    }
    fields.push(value);

    if (i >= n) {
      records.push({ fields, line: recordLine });
      return records;
    }
    if (text[i] === ",") {
      i++;
      continue;
    }
    // Line break ends the record; CRLF counts once.
    i += text[i] === "\r" && text[i + 1] === "\n" ? 2 : 1;
    line++;
    records.push({ fields, line: recordLine });
    if (i >= n) return records;
    fields = [];
    recordLine = line;
  }
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) count++;
    else if (c === 0x0d && text.charCodeAt(k + 1) !== 0x0a) count++;
  }
  return count;
}

export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).map((r) => r.fields);
}

/*
 * CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - or @ (and, in some, a
 * leading tab or CR) as a formula, so a Hindi sentence or a glossary term chosen by an attacker
 * could run a formula on a reviewer's machine. Quoting does not stop that. Every cell Setu writes
 * therefore goes through csvField, which puts an apostrophe in front of such a value (spreadsheets
 * show the text and hide the apostrophe). So that the escape is reversible, a value that already
 * starts with apostrophes before such a character gets one more; restoreCell removes exactly one.
 */
const NEEDS_NEUTRALISING = /^'*[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return NEEDS_NEUTRALISING.test(value) ? `'${value}` : value;
}

/**
 * The reverse of neutraliseCell, for Setu's own files coming back in (a glossary export edited in
 * a spreadsheet): `restored` tells the importer, which reports how many cells it restored.
 */
export function restoreCell(value: string): { value: string; restored: boolean } {
  return value.startsWith("'") && NEEDS_NEUTRALISING.test(value.slice(1))
    ? { value: value.slice(1), restored: true }
    : { value, restored: false };
}

/** One cell: neutralised, then quoted when it holds a delimiter, quote or line break or edge spaces. */
export function csvField(value: string): string {
  const field = neutraliseCell(value);
  if (/[",\r\n]|^\s|\s$/.test(field)) return `"${field.replaceAll('"', '""')}"`;
  return field;
}

/** One CSV row without its line ending (join rows with "\r\n"). */
export function toCsvRow(fields: string[]): string {
  return fields.map(csvField).join(",");
}
