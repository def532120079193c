import path from "node:path";
import { parseArgs } from "node:util";
import { decodeTextFile } from "@/lib/text/decode";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { maxUploadBytes, paragraphsOption, readInputBytes } from "../read-input";

/**
 * `setu import FILE --title T [--paragraphs auto|line|blank] [--project P]`: creates a document in
 * project P (id or name; without it the only project, or an error naming the choices) and prints its id.
 * `--user EMAIL [--wait]` (.tmx, .xlf/.xliff, .docx, .srt): the import is queued as a job of that
 * person, as the web import of a large file is (statuses capped by their role in the project); prints
 * the job's id, or with --wait follows it (progress on stderr) and prints the document's id.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      title: { type: "string" },
      paragraphs: { type: "string" },
      project: { type: "string" },
      user: { type: "string" },
      wait: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw usageError("name the file to import: setu import FILE --title T");
  const title = (values.title ?? path.basename(file).replace(/\.[^.]+$/, "")).trim();
  if (!title) throw usageError("--title must not be empty.");
  const paragraphs = paragraphsOption(values.paragraphs, file);
  if (values.wait && !values.user) throw usageError("--wait follows an import job, which needs --user EMAIL.");
  if (values.user && !/\.(tmx|xlf|xliff|docx|srt)$/i.test(file))
    throw usageError("--user queues .tmx, .xlf, .xliff, .docx and .srt imports only.");
  const bytes = await readInputBytes(file);
  await resolveDatabaseUrl();
  const { resolveProjectForCli } = await import("@/features/projects/data");
  const projectId = await resolveProjectForCli(values.project);
  if (values.user) {
    const { queueImport } = await import("./import-tmx");
    return queueImport({ fileName: path.basename(file), bytes, title, projectId, email: values.user, wait: values.wait });
  }
  if (/\.tmx$/i.test(file)) {
    const { runTmxImport } = await import("./import-tmx");
    return runTmxImport(bytes, title, projectId);
  }
  if (/\.(xlf|xliff|docx|srt)$/i.test(file)) {
    const { runFileImport } = await import("./import-tmx");
    return runFileImport(path.basename(file), bytes, title, projectId);
  }
  const text = decodeTextFile(bytes, { maxBytes: maxUploadBytes() });
  const { importDocument } = await import("@/features/documents/mutations");
  const result = await importDocument({ title, text, projectId, userId: null, allowNoDevanagari: true, paragraphs });
  if (result.warnings.includes("noDevanagari")) process.stderr.write("setu: warning: the text contains no Devanagari.\n");
  process.stderr.write(`Imported ${result.sentenceCount} sentences in ${result.paragraphCount} paragraphs (${result.wordCount} words).\n`);
  process.stdout.write(`${result.id}\n`);
}
