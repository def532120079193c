import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { followJob } from "../follow-job";

const formats = ["tmx", "csv", "txt", "xliff12", "xliff20", "docx", "srt"] as const;
const singleDocument = new Set(["xliff12", "xliff20", "docx", "srt"]);

/**
 * `setu export DOC_ID [DOC_ID…|--every] --format tmx|csv|txt [--all] [--notes] [--bare-langs] [--out FILE]`, or
 * `setu export DOC_ID --format xliff12|xliff20|docx|srt [--all] [--notes] [--line-length N] [--out FILE]`:
 * the same bytes as the web export, written to stdout (or FILE) as they are read.
 * `--user EMAIL [--wait]` (one document): the export as a job of that person, as POST
 * /api/documents/:id/export queues it; prints the job's id, or with --wait follows it (progress on
 * stderr) and writes the file it made.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: "string", default: "tmx" },
      all: { type: "boolean", default: false },
      every: { type: "boolean", default: false },
      notes: { type: "boolean", default: false },
      "bare-langs": { type: "boolean", default: false },
      out: { type: "string" },
      "line-length": { type: "string", default: "42" },
      user: { type: "string" },
      wait: { type: "boolean", default: false },
    },
    allowPositionals: true,
  });
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) throw usageError(`--format must be one of ${formats.join(", ")}.`);
  if (!values.every && positionals.length === 0) throw usageError("name the documents: setu export DOC_ID… or --every");
  if (values.every && positionals.length > 0) throw usageError("give document ids or --every, not both.");
  if (singleDocument.has(format) && (values.every || positionals.length !== 1)) {
    throw usageError(`--format ${format} exports one document: setu export DOC_ID --format ${format}`);
  }
  const lineLength = Number(values["line-length"]);
  if (!Number.isInteger(lineLength) || lineLength < 20 || lineLength > 100)
    throw usageError("--line-length must be a whole number from 20 to 100.");
  if (values.wait && !values.user) throw usageError("--wait follows an export job, which needs --user EMAIL.");
  if (values.user && (values.every || positionals.length !== 1))
    throw usageError("--user exports one document as a job: setu export DOC_ID --user EMAIL");
  await resolveDatabaseUrl();
  const status = values.all ? "all" : "approved";
  if (values.user) {
    const input = { format, status, notes: values.notes, langs: values["bare-langs"], lineLength } as const;
    return queueExport(positionals[0], input, values.user, values.wait, values.out);
  }
  if (format === "docx" || format === "srt") {
    const data = await import("@/features/exchange/data");
    const content =
      format === "docx"
        ? await data.exportDocx({ documentId: positionals[0], status })
        : await data.exportSrt({ documentId: positionals[0], status, lineLength });
    if (values.out) await writeFile(values.out, content);
    else await new Promise<void>((resolve) => process.stdout.write(content, () => resolve()));
    return;
  }
  const { streamExport, streamXliff } = await import("@/features/exchange/data");
  const chunks =
    format === "xliff12" || format === "xliff20"
      ? streamXliff({ documentId: positionals[0], version: format === "xliff12" ? "1.2" : "2.0", status, notes: values.notes })
      : streamExport({
          documentIds: values.every ? "all" : positionals,
          format,
          status,
          notes: values.notes,
          bareLangs: values["bare-langs"],
        });
  // Pull the first chunk before opening the file, so an unknown id does not leave an empty file behind.
  const first = await chunks.next();
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, "drain");
  };
  if (!first.done) await write(first.value);
  for await (const chunk of chunks) await write(chunk);
  if (values.out) {
    out.end();
    await once(out, "finish");
  }
}

async function queueExport(
  documentId: string,
  input: import("@/features/exchange/mutations").ExportJobInput,
  email: string,
  wait: boolean,
  out: string | undefined,
): Promise<void> {
  const { AppError } = await import("@/lib/errors");
  const { loadActingUser } = await import("@/features/pretranslate/data");
  const { findDocumentAccess } = await import("@/features/projects/data");
  const { enqueueExport } = await import("@/features/exchange/mutations");
  const user = await findDocumentAccess(await loadActingUser(email), documentId);
  if (!user) throw new AppError("NOT_FOUND", `No document ${documentId} in a project of ${email}.`, { reason: "notFound" });
  const jobId = await enqueueExport(documentId, input, user);
  if (!wait) {
    process.stdout.write(`${jobId}\n`);
    return;
  }
  await followJob(jobId, "units", "export");
  const { loadJobOutputFile } = await import("@/features/jobs/data");
  const file = await loadJobOutputFile(jobId);
  if (!file) throw new AppError("GONE", "The export's file is no longer kept.", { reason: "exportExpired" });
  if (out) await writeFile(out, file.bytes);
  else await new Promise<void>((resolve) => process.stdout.write(file.bytes, () => resolve()));
}
