/**
 * Checks a whole written file against the TMX 1.4 DTD. xmllint-wasm is built without DTD validation
 * (it rejects --valid/--dtdvalid), so it only proves well-formedness here; the DTD check uses the
 * native xmllint (Debian package libxml2-utils) and is skipped, loudly, where that is not installed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { tmxFooter, tmxHeader, tmxUnit } from "./writer";

const dtdPath = path.resolve(__dirname, "../../tests/fixtures/tmx14.dtd");
const hasNativeXmllint = spawnSync("xmllint", ["--version"]).status === 0;
const created = new Date(Date.UTC(2026, 4, 1, 10, 0, 0));

function sampleFile(): string {
  const rows: [string, string, Partial<Parameters<typeof tmxUnit>[0]>][] = [
    ["भारत एक विशाल देश है।", "India is a vast country.", {}],
    ["उसने कहा, \"हम कल चलेंगे\" और 'ठीक है'।", "He said, \"We will go tomorrow\" and 'all right'.", { creationId: "asha" }],
    ["राम & श्याम <मित्र> हैं।", "Ram & Shyam are <friends>.", { notes: ["a & b"], props: [["document", "Doc <1>"]] }],
    ["नियंत्रण\u0001 वर्ण\u000B हटाए\u001F गए।", "Control\u0000 chars\uFFFF removed.", { changeId: "ravi" }],
    ["बहुत बढ़िया! 🎉 पहला वाक्य। दूसरा वाक्य॥", "Great! 🎉 First sentence. Second one.", { multiSentence: true }],
  ];
  return (
    tmxHeader({ toolVersion: "0.1.0", srcLang: "hi-IN", creationDate: created }) +
    rows
      .map(([source, target, extra], i) =>
        tmxUnit({
          tuid: `u${i + 1}`,
          srcLang: "hi-IN",
          tgtLang: "en-US",
          source,
          target,
          creationDate: created,
          changeDate: created,
          props: [],
          ...extra,
        }),
      )
      .join("") +
    tmxFooter()
  );
}

describe("a written TMX file", () => {
  it("is well-formed XML according to libxml2 (xmllint-wasm)", async () => {
    const result = await validateXML({ xml: [{ fileName: "out.tmx", contents: sampleFile() }], normalization: "format" });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.skipIf(!hasNativeXmllint)("is valid against the TMX 1.4 DTD (native xmllint --dtdvalid)", () => {
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", dtdPath, "-"], { input: sampleFile() });
    expect(run.stderr.toString()).toBe("");
    expect(run.status).toBe(0);
  });

  it.skipIf(!hasNativeXmllint)("would be caught by the DTD check if it broke the element order", () => {
    // Guards the check itself: a prop after a tuv must fail, or the test above proves nothing.
    const broken = sampleFile().replace("</tuv>\n</tu>", '</tuv>\n<prop type="x">1</prop></tu>');
    const run = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", dtdPath, "-"], { input: broken });
    expect(run.status).not.toBe(0);
  });

  it("uses the DTD fixture copied into the repository", () => {
    expect(readFileSync(dtdPath, "utf8")).toContain("<!ELEMENT tu ((note|prop)*, tuv+) >");
  });
});
