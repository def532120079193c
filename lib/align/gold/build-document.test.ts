import { describe, expect, it } from "vitest";
import { bead, buildDocument, one } from "./build-document";

describe("buildDocument", () => {
  it("numbers sentences and paragraphs per side", () => {
    const doc = buildDocument("t", [one("क।", "A."), "para-en", bead(["ख।", "ग।"], ["B."]), "para", bead([], ["C."])]);
    expect(doc.gold).toEqual([
      { hi: [0], en: [0] },
      { hi: [1, 2], en: [1] },
      { hi: [], en: [2] },
    ]);
    expect(doc.hi.map((s) => s.paragraph)).toEqual([0, 0, 0]);
    expect(doc.en.map((s) => s.paragraph)).toEqual([0, 1, 2]);
  });
});
