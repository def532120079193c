import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

const formats = ["tmx", "csv", "txt"] as const;

/**
 * `setu export DOC_ID [DOC_ID…|--every] --format tmx|csv|txt [--all] [--notes] [--bare-langs] [--out FILE]`:
 * the same bytes as the web export, written to stdout (or FILE) as they are read.
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
    },
    allowPositionals: true,
  });
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format)) throw usageError(`--format must be one of ${formats.join(", ")}.`);
  if (!values.every && positionals.length === 0) throw usageError("name the documents: setu export DOC_ID… or --every");
  if (values.every && positionals.length > 0) throw usageError("give document ids or --every, not both.");
  await resolveDatabaseUrl();
  const { streamExport } = await import("@/features/exchange/data");
  const chunks = streamExport({
    documentIds: values.every ? "all" : positionals,
    format,
    status: values.all ? "all" : "approved",
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
