import { describe, expect, it } from "vitest";
import { ImportBuilder } from "./import-builder";

describe("ImportBuilder", () => {
  it("splits a paragraph into 1:1 draft units in that paragraph, line breaks being wrapping", () => {
    const b = new ImportBuilder();
    expect(b.addParagraph("पहला वाक्य है।\nदूसरा वाक्य है।", 3, "sentence")).toBe(2);
    expect(b.segments).toEqual([
      { text: "पहला वाक्य है।", paragraph: 3, kind: "sentence" },
      { text: "दूसरा वाक्य है।", paragraph: 3, kind: "sentence" },
    ]);
    expect(b.units.map((u) => [u.first, u.last, u.status])).toEqual([
      [0, 0, "draft"],
      [1, 1, "draft"],
    ]);
    expect(b.wordCount).toBe(6);
    expect(b.hasDevanagari).toBe(true);
  });

  it("keeps a heading as one segment even with a full stop inside", () => {
    const b = new ImportBuilder();
    b.addParagraph("अध्याय १. शुरुआत। अंत", 0, "heading");
    expect(b.segments).toHaveLength(1);
  });

  it("adds a multi-sentence unit with its English, id and notes; an English-less unit is a draft", () => {
    const b = new ImportBuilder();
    b.addUnit(["एक।", "दो।"], 0, "sentence", { english: " One.  Two. ", status: "approved", externalId: "u7", notes: ["n"] });
    b.addUnit(["तीन।"], 1, "sentence", { english: "", status: "approved" });
    expect(b.units).toEqual([
      { first: 0, last: 1, english: "One. Two.", status: "approved", externalId: "u7" },
      { first: 2, last: 2, english: "", status: "draft", externalId: null },
    ]);
    expect(b.comments).toEqual([{ first: 0, body: "n" }]);
  });

  it("skips a unit with no Hindi text and counts why", () => {
    const b = new ImportBuilder();
    expect(b.addUnit(["  ", ""], 0, "sentence", { english: "x", status: "translated" })).toBe(false);
    expect(b.skipped).toEqual({ "empty-text": 1 });
    expect(b.units).toEqual([]);
  });
});
