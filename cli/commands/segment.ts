import { parseArgs } from "node:util";
import { decodeTextFile } from "@/lib/text/decode";
import { prepareHindiDocument } from "@/lib/text/prepare";
import { toParagraphs } from "@/lib/text/segment";
import { maxUploadBytes, readInputBytes } from "../read-input";

/** `setu segment [FILE|-] [--json]`: the same segmentation the web import stores. */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { json: { type: "boolean" } }, allowPositionals: true });
  const text = decodeTextFile(await readInputBytes(positionals[0]), { maxBytes: maxUploadBytes() });
  const { segments, hasDevanagari } = prepareHindiDocument(text);
  if (!hasDevanagari) process.stderr.write("setu: warning: the text contains no Devanagari.\n");
  const paragraphs = toParagraphs(segments);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(paragraphs)}\n`);
    return;
  }
  process.stdout.write(`${paragraphs.map((p) => p.join("\n")).join("\n\n")}\n`);
}
