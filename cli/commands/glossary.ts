import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { maxUploadBytes, readInputBytes } from "../read-input";

/**
 * `setu glossary export --format tbx|csv [--out FILE] [--project P]` (stdout by default) and
 * `setu glossary import FILE [--project P]` (prints "added N, updated N, skipped N"). P is a project's
 * id or name; without it the only project, or an error naming the choices.
 */
export async function run(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === "export") return exportGlossary(rest);
  if (sub === "import") return importFile(rest);
  throw usageError(`unknown "glossary" subcommand "${sub ?? ""}". Use "glossary export" or "glossary import".`);
}

async function exportGlossary(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { format: { type: "string", default: "csv" }, out: { type: "string" }, project: { type: "string" } },
    strict: true,
  });
  if (values.format !== "csv" && values.format !== "tbx") throw usageError("--format must be csv or tbx.");
  await resolveDatabaseUrl();
  const { resolveProjectForCli } = await import("@/features/projects/data");
  const projectId = await resolveProjectForCli(values.project);
  const { loadGlossaryEntriesForMatching } = await import("@/features/glossary/data");
  const entries = await loadGlossaryEntriesForMatching(projectId);
  const text =
    values.format === "csv"
      ? (await import("@/lib/glossary/csv-format")).glossaryToCsv(entries)
      : (await import("@/lib/tbx/write-tbx")).writeTbx(entries);
  if (values.out) {
    await writeFile(values.out, text, "utf8");
    process.stderr.write(`Exported ${entries.length} entries to ${values.out}.\n`);
  } else {
    process.stdout.write(text);
  }
}

async function importFile(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { project: { type: "string" } }, allowPositionals: true, strict: true });
  const file = positionals[0];
  if (!file) throw usageError("name the file to import: setu glossary import FILE (.csv, .tbx or .xml)");
  const { parseGlossaryFile } = await import("@/lib/glossary/parse-file");
  const stats = { restored: 0 };
  const entries = parseGlossaryFile(path.basename(file), await readInputBytes(file), maxUploadBytes(), stats);
  await resolveDatabaseUrl();
  const { resolveProjectForCli } = await import("@/features/projects/data");
  const projectId = await resolveProjectForCli(values.project);
  const { importGlossary } = await import("@/features/glossary/mutations");
  const report = await importGlossary(projectId, entries, null);
  process.stdout.write(`added ${report.added}, updated ${report.updated}, skipped ${report.skipped}\n`);
  // Cells Setu's CSV export had neutralised against formula injection ('=…), restored on the way in.
  if (stats.restored)
    process.stderr.write(`restored ${stats.restored} cell(s) that the CSV export had escaped against spreadsheet formulas\n`);
}
