import { describe, expect, it } from "vitest";
import { readTmx } from "@/lib/tmx/reader";
import { checkTmx } from "./check-tmx";

async function* chunks(text: string) {
  yield text;
}

const tmx = (tus: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="hi-IN" adminlang="en" creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" o-tmf="t"/><body>${tus}</body></tmx>`;
const tu = (hindi: string, english: string, tuid?: string) =>
  `<tu${tuid ? ` tuid="${tuid}"` : ""}><tuv xml:lang="hi-IN"><seg>${hindi}</seg></tuv><tuv xml:lang="en-US"><seg>${english}</seg></tuv></tu>`;

describe("checkTmx", () => {
  it("checks each unit, names it by tuid or position, and finds inconsistencies across the file", async () => {
    const results = await checkTmx(
      readTmx(
        chunks(
          tmx(
            tu("2 लाख लोग आए।", "20,000 people came.", "a1") +
              tu("किसान आए।", "The farmers came.") +
              tu("किसान आए।", "The peasants came.", "a3") +
              `<tu><tuv xml:lang="en"><seg>Only English</seg></tuv></tu>`,
          ),
        ),
      ),
    );
    expect(results.map((r) => [r.unit, r.tuid, r.issues.map((i) => i.code), r.skipped])).toEqual([
      [1, "a1", ["numberMismatch"], undefined],
      [2, undefined, ["inconsistentHindi"], undefined],
      [3, "a3", ["inconsistentHindi"], undefined],
      [4, undefined, [], "no-hindi"],
    ]);
    expect(results[1].issues[0].params).toEqual({ unit: "a3", count: 2 });
  });
  it("has nothing to say about a clean file", async () => {
    const results = await checkTmx(readTmx(chunks(tmx(tu("वह आया।", "He came.")))));
    expect(results).toEqual([{ unit: 1, issues: [] }]);
  });
});
