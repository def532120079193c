import { createReadStream, existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { formatQaMessage, type QaLocale } from "@/lib/qa/format-message";
import type { QaCheckId, QaCode, QaParams, QaSeverity } from "@/lib/qa/types";
import { decodeXmlChunks } from "@/lib/tmx/decode-chunks";
import { readTmx } from "@/lib/tmx/reader";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { maxUploadBytes } from "../read-input";

/** Exit code when --fail-on-errors is given and an open QA error was found. */
const QA_ERRORS_EXIT = 6;

interface Line {
  tuid?: string;
  unit?: number;
  skipped?: string;
  issues: { check: QaCheckId; severity: QaSeverity; code: QaCode; params: QaParams; ignored?: string }[];
}

async function* fileBytes(file: string): AsyncIterable<Uint8Array> {
  for await (const chunk of createReadStream(file)) yield chunk as Buffer;
}

async function tmxLines(file: string, withGlossary: boolean, project: string | undefined): Promise<Line[]> {
  const { checkTmx } = await import("@/lib/qa/check-tmx");
  let glossary = null;
  if (withGlossary) {
    await resolveDatabaseUrl();
    const { resolveProjectForCli } = await import("@/features/projects/data");
    const { getGlossarySnapshot } = await import("@/features/glossary/data");
    // The glossary of one project: --project, or the only one.
    const snapshot = await getGlossarySnapshot(await resolveProjectForCli(project));
    glossary = snapshot.entries.length ? snapshot : null;
  }
  const results = await checkTmx(readTmx(decodeXmlChunks(fileBytes(file)), { maxBytes: maxUploadBytes() }), { glossary });
  return results.map((r) => ({
    ...(r.tuid ? { tuid: r.tuid } : { unit: r.unit }),
    ...(r.skipped ? { skipped: r.skipped } : {}),
    issues: r.issues,
  }));
}

async function documentLines(documentId: string, withIgnored: boolean): Promise<Line[]> {
  await resolveDatabaseUrl();
  const { ensureDocumentQa } = await import("@/features/qa/mutations");
  const { loadDocumentQaLines } = await import("@/features/qa/data");
  await ensureDocumentQa(documentId);
  return (await loadDocumentQaLines(documentId)).map((u) => ({
    unit: u.number,
    issues: u.issues
      .filter((i) => withIgnored || !i.ignored)
      .map((i) => ({
        check: i.check,
        severity: i.severity,
        code: i.code,
        params: i.params,
        ...(i.ignored ? { ignored: i.ignored.reason } : {}),
      })),
  }));
}

/**
 * `setu qa FILE.tmx|DOC_ID [--json] [--locale en|hi] [--ignored] [--glossary] [--fail-on-errors]`:
 * one line per unit. --json: {"tuid" or "unit", "issues": [{check, severity, message, code}]}.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      json: { type: "boolean", default: false },
      locale: { type: "string", default: "en" },
      project: { type: "string" },
      ignored: { type: "boolean", default: false },
      glossary: { type: "boolean", default: false },
      "fail-on-errors": { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) throw usageError("setu qa needs one FILE.tmx or document id.");
  if (values.locale !== "en" && values.locale !== "hi") throw usageError(`--locale must be en or hi (got "${values.locale}").`);
  const locale: QaLocale = values.locale;
  const isFile = /\.tmx$/i.test(target) || existsSync(target);
  if (!isFile && !isEntityId(target))
    throw new AppError("NOT_FOUND", `${target}: no such file, and not a document id.`, { reason: "fileNotFound", file: target });
  if (isFile && !existsSync(target)) throw new AppError("NOT_FOUND", `${target}: no such file.`, { reason: "fileNotFound", file: target });
  const lines = isFile ? await tmxLines(target, values.glossary, values.project) : await documentLines(target, values.ignored);
  const out: string[] = [];
  let errors = 0;
  for (const line of lines) {
    const issues = line.issues.map((i) => ({
      check: i.check,
      severity: i.severity,
      message: formatQaMessage(locale, i.code, i.params),
      code: i.code,
      ...(i.ignored ? { ignored: i.ignored } : {}),
    }));
    errors += line.issues.filter((i) => i.severity === "error" && !i.ignored).length;
    if (values.json) {
      const { issues: _, ...name } = line;
      out.push(JSON.stringify({ ...name, issues }));
    } else {
      const name = line.tuid !== undefined ? `tuid ${line.tuid}` : `unit ${line.unit}`;
      if (line.skipped) out.push(`${name}: not checked (${line.skipped})`);
      for (const i of issues) out.push(`${name}: ${i.severity} ${i.check}: ${i.message}${i.ignored ? ` [ignored: ${i.ignored}]` : ""}`);
    }
  }
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
  if (values["fail-on-errors"] && errors > 0) process.exitCode = QA_ERRORS_EXIT;
}
