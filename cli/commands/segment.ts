import { parseArgs } from "node:util";
import { decodeTextFile } from "@/lib/text/decode";
import { prepareHindiDocument } from "@/lib/text/prepare";
import { toParagraphs } from "@/lib/text/segment";
import { maxUploadBytes, paragraphsOption, readInputBytes } from "../read-input";

/** `setu segment [FILE|-] [--json] [--paragraphs auto|line|blank]`: the same segmentation the web import stores. */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean" }, paragraphs: { type: "string" } },
    allowPositionals: true,
  });
  const paragraphs = paragraphsOption(values.paragraphs, positionals[0]);
  const text = decodeTextFile(await readInputBytes(positionals[0]), { maxBytes: maxUploadBytes() });
  const { segments, hasDevanagari } = prepareHindiDocument(text, { paragraphs });
  if (!hasDevanagari) process.stderr.write("setu: warning: the text contains no Devanagari.\n");
  const grouped = toParagraphs(segments);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(grouped)}\n`);
    return;
  }
  process.stdout.write(`${grouped.map((p) => p.join("\n")).join("\n\n")}\n`);
}
