import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { AppError } from "@/lib/errors";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { maxUploadBytes } from "../read-input";

// Whoever runs the CLI holds the database: the policy is asked with an administrator's role.
const CLI_ROLE = "admin" as const;

async function* fileBytes(file: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(file)) yield chunk as Buffer;
}

async function existingFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppError("NOT_FOUND", `${file}: no such file.`, { reason: "fileNotFound", file });
  if (info.isDirectory()) throw new AppError("BAD_INPUT", `${file} is a directory, not a file.`, { reason: "notAFile", file });
}

/** `setu tm import FILE.tmx [--project P]`: the report on stderr, nothing on stdout. */
async function runImport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { project: { type: "string" } }, allowPositionals: true, strict: true });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw usageError("setu tm import needs one FILE.tmx.");
  await existingFile(file);
  assertMemoryAllowed(CLI_ROLE, "memory-import");
  await resolveDatabaseUrl();
  const { resolveProject } = await import("@/features/tm/data");
  const { importMemoryTmx } = await import("@/features/tm/mutations");
  const project = await resolveProject(values.project);
  const report = await importMemoryTmx(fileBytes(file), {
    projectId: project.id,
    fileName: file.split("/").pop() ?? file,
    maxBytes: maxUploadBytes(),
  });
  const lines = [
    `Imported into the memory of ${project.name}: ${report.added} new, ${report.merged} merged, from ${report.read} translation units.`,
  ];
  for (const [reason, count] of Object.entries(report.skipped)) lines.push(`  skipped (${reason}): ${count}`);
  if (report.extraLanguages.length) lines.push(`  other languages ignored: ${report.extraLanguages.join(", ")}`);
  process.stderr.write(`${lines.join("\n")}\n`);
}

/** `setu tm export [--project P] [--out FILE]`: TMX 1.4 on stdout or in FILE. */
async function runExport(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { project: { type: "string" }, out: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length) throw usageError("setu tm export takes no file argument (use --out FILE).");
  assertMemoryAllowed(CLI_ROLE, "memory-export");
  await resolveDatabaseUrl();
  const { resolveProject, streamMemoryTmx } = await import("@/features/tm/data");
  const project = await resolveProject(values.project);
  const chunks = streamMemoryTmx(project.id);
  const out: Writable = values.out ? createWriteStream(values.out) : process.stdout;
  for await (const chunk of chunks) if (!out.write(chunk)) await once(out, "drain");
  if (values.out) {
    out.end();
    await once(out, "finish");
  }
}

async function* lines(file: string): AsyncIterable<string> {
  const input: Readable = file === "-" ? process.stdin : createReadStream(file, { encoding: "utf8" });
  yield* createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

function intOption(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw usageError(`--${name} must be a whole number from ${min} to ${max} (got "${value}").`);
  return n;
}

/**
 * `setu tm lookup [FILE|-] [--project P] [--limit N] [--min 50] --json`: one JSON line per input line,
 * {"line": i, "matches": [{"score", "hindi", "english", "status", "origin", "substituted"}]} (line is 1-based).
 */
async function runLookup(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { project: { type: "string" }, limit: { type: "string" }, min: { type: "string" }, json: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1) throw usageError("setu tm lookup reads one FILE or - (standard input).");
  const file = positionals[0] ?? "-";
  if (file !== "-") await existingFile(file);
  const limit = intOption(values.limit, "limit", 3, 1, 50);
  const min = intOption(values.min, "min", 50, 0, 101);
  assertMemoryAllowed(CLI_ROLE, "memory-lookup");
  await resolveDatabaseUrl();
  const { resolveProject, loadMemoryMatches } = await import("@/features/tm/data");
  const project = await resolveProject(values.project);
  let batch: string[] = [];
  let lineNo = 0;
  const flush = async () => {
    const results = await loadMemoryMatches(
      project.id,
      batch.map((text) => ({ text })),
      { limit, min },
    );
    const out: string[] = [];
    results.forEach((matches, i) => {
      const line = lineNo - batch.length + i + 1;
      const shown = matches.map((m) => ({
        score: m.score,
        hindi: m.candidate.source,
        english: m.english,
        status: m.candidate.status,
        origin: m.candidate.originFile ?? m.candidate.originTitle ?? null,
        ...(m.substitution.substituted ? { substituted: m.substitution.substitutions } : {}),
      }));
      if (values.json) out.push(JSON.stringify({ line, matches: shown }));
      else for (const m of shown) out.push(`${line}\t${m.score}\t${m.english}${m.substituted ? "\t(number replaced)" : ""}`);
    });
    if (out.length) process.stdout.write(`${out.join("\n")}\n`);
    batch = [];
  };
  for await (const text of lines(file)) {
    lineNo++;
    batch.push(text);
    if (batch.length >= 200) await flush();
  }
  if (batch.length) await flush();
}

/**
 * `setu tm reindex [--project P] --user EMAIL [--wait]`: recomputes the memory's normalised sources and
 * keys as a job of that person (a reviewer of the project or an administrator); prints the job's id, or
 * with --wait its progress and what changed.
 */
async function runReindex(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { project: { type: "string" }, user: { type: "string" }, wait: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 0) throw usageError("setu tm reindex takes no file.");
  if (!values.user) throw usageError("--user EMAIL is required: the re-index is a job of that person.");
  await resolveDatabaseUrl();
  const { resolveProject } = await import("@/features/tm/data");
  const { loadActingUser } = await import("@/features/pretranslate/data");
  const { accessProject } = await import("@/features/projects/data");
  const { enqueueReindex } = await import("@/features/tm/mutations");
  const project = await resolveProject(values.project);
  const user = await loadActingUser(values.user);
  const { role } = await accessProject(user, project.id);
  const jobId = await enqueueReindex(project.id, { id: user.id, role });
  if (!values.wait) {
    process.stdout.write(`${jobId}\n`);
    return;
  }
  const { followJob } = await import("../follow-job");
  const result = (await followJob(jobId, "entries", "re-index")).result as { entries: number; changed: number; duplicates: number };
  process.stdout.write(`entries ${result.entries}, changed ${result.changed}, left as duplicates ${result.duplicates}\n`);
}

export async function run(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === "reindex") return runReindex(rest);
  if (sub === "import") return runImport(rest);
  if (sub === "export") return runExport(rest);
  if (sub === "lookup") return runLookup(rest);
  throw usageError('setu tm needs import, export, lookup or reindex. Run "setu --help".');
}
