import type { FileImportReport } from "@/features/exchange/schema";
import { followJob } from "../follow-job";
import { maxUploadBytes } from "../read-input";

/** `setu import FILE.tmx`: the new document's id on stdout, the import report on stderr. */
export async function runTmxImport(bytes: Uint8Array, title: string, projectId: string): Promise<void> {
  const { importTmx } = await import("@/features/exchange/mutations");
  // Whoever runs the CLI has the database itself; its imports count as an administrator's.
  const report = await importTmx(bytes, { title, projectId, userId: null, maxBytes: maxUploadBytes(), role: "admin" });
  const lines = [`Imported ${report.units} units from ${report.read} translation units.`];
  for (const [reason, count] of Object.entries(report.skipped)) lines.push(`  skipped (${reason}): ${count}`);
  if (report.capped) lines.push(`  statuses lowered to translated: ${report.capped}`);
  if (report.extraLanguages.length) lines.push(`  other languages ignored: ${report.extraLanguages.join(", ")}`);
  process.stderr.write(`${lines.join("\n")}\n`);
  process.stdout.write(`${report.id}\n`);
}

/**
 * `setu import FILE.xlf|.xliff|.docx|.srt`: like the web import. The CLI is run by whoever holds the
 * database, so the file's statuses are taken as an administrator's import would take them.
 */
export async function runFileImport(fileName: string, bytes: Uint8Array, title: string, projectId: string): Promise<void> {
  const { importFile } = await import("@/features/exchange/mutations");
  const report = await importFile({ name: fileName, bytes }, { title, projectId, userId: null, role: "admin", maxBytes: maxUploadBytes() });
  const lines = [
    `Imported ${report.units} units from ${report.read} ${report.format === "docx" ? "paragraphs" : report.format === "srt" ? "cues" : "translation units"}.`,
  ];
  for (const [reason, count] of Object.entries(report.skipped)) lines.push(`  skipped (${reason}): ${count}`);
  process.stderr.write(`${lines.join("\n")}\n`);
  process.stdout.write(`${report.id}\n`);
}

/**
 * `setu import FILE --user EMAIL [--wait]`: the import as a job of that person (their role in the
 * project caps the file's statuses; someone outside the project is "not found", as on the web).
 */
export async function queueImport(input: {
  fileName: string;
  bytes: Uint8Array;
  title: string;
  projectId: string;
  email: string;
  wait: boolean;
}): Promise<void> {
  const { loadActingUser } = await import("@/features/pretranslate/data");
  const { accessProject } = await import("@/features/projects/data");
  const { enqueueImport } = await import("@/features/exchange/mutations");
  const user = await loadActingUser(input.email);
  const { role } = await accessProject(user, input.projectId);
  const jobId = await enqueueImport(
    { name: input.fileName, bytes: input.bytes },
    { title: input.title, projectId: input.projectId, userId: user.id, role, maxBytes: maxUploadBytes() },
  );
  if (!input.wait) {
    process.stdout.write(`${jobId}\n`);
    return;
  }
  const report = (await followJob(jobId, "bytes", "import")).result as FileImportReport;
  process.stderr.write(`Imported ${report.units} units from ${report.read} pieces read.\n`);
  process.stdout.write(`${report.id}\n`);
}
