import { parseArgs } from "node:util";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { decodeTextFile } from "@/lib/text/decode";
import { segmentHindi } from "@/lib/text/segment";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { maxUploadBytes, readInputBytes } from "../read-input";

/**
 * `setu analyse FILE|DOC_ID [--project P] [--json]`: words by match band against the project's memory
 * (a document id: its own project), as {"bands": [{"band","units","words"}], "total": {"units","words"}}.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { project: { type: "string" }, json: { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) throw usageError("setu analyse needs one FILE (Hindi text) or document id.");
  assertMemoryAllowed("admin", "memory-lookup");
  const { existsSync } = await import("node:fs");
  const isDocument = !existsSync(target) && isEntityId(target);
  let texts: { hindi: string; prev: string; next: string }[] = [];
  if (!isDocument) {
    if (!existsSync(target) && target !== "-")
      throw new AppError("NOT_FOUND", `${target}: no such file, and not a document id.`, { reason: "fileNotFound", file: target });
    const sentences = segmentHindi(decodeTextFile(await readInputBytes(target), { maxBytes: maxUploadBytes() })).map((s) => s.text);
    texts = sentences.map((hindi, i) => ({ hindi, prev: sentences[i - 1] ?? "", next: sentences[i + 1] ?? "" }));
  }
  await resolveDatabaseUrl();
  const data = await import("@/features/tm/data");
  const analysis = isDocument
    ? await data.loadDocumentAnalysis(target)
    : await data.analyseTexts((await data.resolveProject(values.project)).id, texts);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ bands: analysis.bands, total: analysis.total })}\n`);
    return;
  }
  const rows = analysis.bands.map((b) => `${b.band.padEnd(12)}${String(b.units).padStart(8)}${String(b.words).padStart(10)}`);
  process.stdout.write(
    `${["band           units     words", ...rows, `${"total".padEnd(12)}${String(analysis.total.units).padStart(8)}${String(analysis.total.words).padStart(10)}`].join("\n")}\n`,
  );
}
