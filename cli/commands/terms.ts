import { parseArgs } from "node:util";
import type { GlossaryEntryInput, TermMatch } from "@/lib/glossary/types";
import { decodeTextFile } from "@/lib/text/decode";
import { resolveDatabaseUrl } from "../database";
import { maxUploadBytes, readInputBytes } from "../read-input";

interface LineMatch {
  start: number;
  end: number;
  text: string;
  hindi: string;
  english: string[];
  status: string;
}

/**
 * What a line's match means for a translator: the renderings to use (forbidden ones left out) and
 * the status of the first of them.
 */
function describeMatch(match: TermMatch, entry: GlossaryEntryInput): LineMatch {
  const usable = entry.english.filter((e) => e.status !== "forbidden");
  return {
    start: match.start,
    end: match.end,
    text: match.text,
    hindi: entry.hindi,
    english: usable.map((e) => e.text),
    status: usable[0]?.status ?? "forbidden",
  };
}

/**
 * `setu terms FILE|- [--json] [--project P]`: the terms of project P's glossary (by default the only
 * project's) that each input line contains (UTF-16 offsets).
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: "boolean", default: false }, project: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const text = decodeTextFile(await readInputBytes(positionals[0]), { maxBytes: maxUploadBytes() });
  await resolveDatabaseUrl();
  const { resolveProjectForCli } = await import("@/features/projects/data");
  const { getGlossarySnapshot } = await import("@/features/glossary/data");
  const { matcher, byId } = await getGlossarySnapshot(await resolveProjectForCli(values.project));
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  const out: string[] = [];
  lines.forEach((line, index) => {
    const matches = matcher.match(line).flatMap((m) => {
      const entry = byId.get(m.entryId);
      return entry ? [describeMatch(m, entry)] : [];
    });
    if (values.json) {
      out.push(JSON.stringify({ line: index, matches }));
    } else if (matches.length) {
      const found = matches.map(
        (m) => `${m.text} → ${m.english.join(" / ") || "(forbidden)"}${m.status === "preferred" ? "" : ` [${m.status}]`}`,
      );
      out.push(`${index + 1}: ${found.join("; ")}`);
    }
  });
  if (out.length) process.stdout.write(`${out.join("\n")}\n`);
}
