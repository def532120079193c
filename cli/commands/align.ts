import { parseArgs } from "node:util";
import type { AlignReport } from "@/features/alignment/schema";
import { alignSentences } from "@/lib/align/align";
import type { AlignSentence, Bead } from "@/lib/align/types";
import { AppError, isAppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { decodeTextFile } from "@/lib/text/decode";
import { normaliseText } from "@/lib/text/normalise";
import { type Segment, segmentEnglish, segmentHindi } from "@/lib/text/segment";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { followJob } from "../follow-job";
import { maxUploadBytes, readInputBytes } from "../read-input";

/**
 * `setu align HINDI_FILE ENGLISH_FILE [--json] [--presegmented]`: aligns two texts and prints the
 * beads, without a database. Every sentence of both sides is in exactly one printed bead.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean" },
      presegmented: { type: "boolean" },
      document: { type: "string" },
      user: { type: "string" },
      replace: { type: "boolean" },
      wait: { type: "boolean" },
    },
    allowPositionals: true,
  });
  if (values.document !== undefined) return alignDocument(values.document, positionals, values);
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

/**
 * `setu align --document DOC_ID ENGLISH_FILE --user EMAIL [--replace] [--wait] [--json]`: aligns a
 * document with its English as that account, as a job (the web form's path). Prints the job id; with
 * --wait, follows it (progress on stderr) and prints its report, or fails with its reason.
 */
async function alignDocument(
  documentId: string,
  positionals: string[],
  values: { user?: string; replace?: boolean; wait?: boolean; json?: boolean },
): Promise<void> {
  const [englishFile] = positionals;
  if (!englishFile || positionals.length > 1 || !isEntityId(documentId)) {
    throw usageError("setu align --document DOC_ID ENGLISH_FILE --user EMAIL [--replace] [--wait] [--json]");
  }
  if (!values.user) throw usageError("--user EMAIL is required: the alignment is that person's (their role in the project decides).");
  const english = decodeTextFile(await readInputBytes(englishFile), { maxBytes: maxUploadBytes() });
  await resolveDatabaseUrl();
  const { loadActingUser } = await import("@/features/pretranslate/data");
  const { findDocumentAccess } = await import("@/features/projects/data");
  const { enqueueAlignment } = await import("@/features/alignment/mutations");
  const user = await findDocumentAccess(await loadActingUser(values.user), documentId);
  if (!user) throw new AppError("NOT_FOUND", `No document ${documentId} in a project of ${values.user}.`, { reason: "notFound" });
  const jobId = await enqueueAlignment(documentId, english, user, { replace: values.replace === true });
  if (!values.wait) {
    process.stdout.write(`${jobId}\n`);
    return;
  }
  const job = await followJob(jobId, "sentences", "alignment");
  const report = job.result as AlignReport;
  process.stdout.write(
    values.json
      ? `${JSON.stringify(report)}\n`
      : `units ${report.units}, low confidence ${report.lowConfidence}, replaced ${report.replaced}\n`,
  );
}
