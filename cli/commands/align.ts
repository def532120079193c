import { parseArgs } from "node:util";
import { alignSentences } from "@/lib/align/align";
import type { AlignSentence, Bead } from "@/lib/align/types";
import { AppError, isAppError } from "@/lib/errors";
import { decodeTextFile } from "@/lib/text/decode";
import { normaliseText } from "@/lib/text/normalise";
import { type Segment, segmentEnglish, segmentHindi } from "@/lib/text/segment";
import { usageError } from "../errors";
import { maxUploadBytes, readInputBytes } from "../read-input";

/**
 * `setu align HINDI_FILE ENGLISH_FILE [--json] [--presegmented]`: aligns two texts and prints the
 * beads, without a database. Every sentence of both sides is in exactly one printed bead.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean" }, presegmented: { type: "boolean" } },
    allowPositionals: true,
  });
  const [hindiFile, englishFile] = positionals;
  if (!hindiFile || !englishFile || positionals.length > 2) {
    throw usageError("name two files: setu align HINDI_FILE ENGLISH_FILE [--json] [--presegmented]");
  }
  const split = values.presegmented ? splitPresegmented : null;
  const hi = await readSentences(hindiFile, split ?? segmentHindi);
  const en = await readSentences(englishFile, split ?? segmentEnglish);
  const beads = alignSentences(hi, en);
  process.stdout.write(values.json ? formatJson(beads) : formatTable(beads, hi, en));
}

async function readSentences(file: string, split: (text: string) => AlignSentence[]): Promise<AlignSentence[]> {
  let text: string;
  try {
    text = decodeTextFile(await readInputBytes(file), { maxBytes: maxUploadBytes() });
  } catch (error) {
    // decodeTextFile says "File is …"; with two inputs the user needs to know which one.
    if (isAppError(error) && !error.message.startsWith(file)) throw new AppError(error.code, `${file}: ${error.message}`, error.details);
    throw error;
  }
  const sentences = split(text);
  if (sentences.length === 0)
    throw new AppError("EMPTY_TEXT", `${file}: the text is empty (nothing but whitespace).`, { reason: "emptyText" });
  return sentences;
}

/** hunalign's input: one sentence per non-empty line, a blank line between paragraphs. */
function splitPresegmented(text: string): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  let blank = false;
  for (const line of text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) {
    const sentence = normaliseText(line);
    if (sentence === "") {
      blank = true;
      continue;
    }
    if (blank && out.length > 0) paragraph++;
    blank = false;
    out.push({ text: sentence, paragraph, kind: "sentence" });
  }
  return out;
}

function formatJson(beads: Bead[]): string {
  const units = beads.map((b) => ({ hi: b.hi, en: b.en, confidence: Math.round(b.confidence * 1000) / 1000 }));
  return `${JSON.stringify({ units })}\n`;
}

function formatTable(beads: Bead[], hi: AlignSentence[], en: AlignSentence[]): string {
  const indices = (ks: number[]) => (ks.length === 0 ? "-" : ks.map((k) => k + 1).join(","));
  // a tab inside a sentence would shift the columns
  const texts = (ks: number[], side: AlignSentence[]) => ks.map((k) => side[k].text.replace(/\t/g, " ")).join(" ");
  const lines = beads.map((b) => [indices(b.hi), indices(b.en), b.confidence.toFixed(3), texts(b.hi, hi), texts(b.en, en)].join("\t"));
  return `${lines.join("\n")}\n`;
}
