import { toCsvRow } from "@/lib/csv/csv";

/**
 * Plain exports of aligned pairs for people who work in spreadsheets or text editors rather than CAT
 * tools. Both are built row by row so that the caller can stream them.
 */

export const ALIGNED_CSV_HEADER = "hindi,english\r\n";

/** One RFC 4180 record, CRLF-terminated; put ALIGNED_CSV_HEADER first. */
export function alignedCsvRow(hi: string, en: string): string {
  return `${toCsvRow([hi, en])}\r\n`;
}

/**
 * A Hindi line, its English line and a blank line. A line break inside a sentence would shift every
 * following pair, so breaks are folded into spaces.
 */
export function alignedTextBlock(hi: string, en: string): string {
  return `${oneLine(hi)}\n${oneLine(en)}\n\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n|\u2028|\u2029)\s*/g, " ").trim();
}
