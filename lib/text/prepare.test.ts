import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { countWords, prepareHindiDocument } from "./prepare";

describe("prepareHindiDocument", () => {
  it("segments, counts words and notices Devanagari", () => {
    const doc = prepareHindiDocument("किसान खेत में हैं। वे ख़ुश हैं।\n\nदूसरा अनुच्छेद");
    expect(doc.segments.map((s) => [s.text, s.paragraph])).toEqual([
      ["किसान खेत में हैं।", 0],
      ["वे ख़ुश हैं।", 0],
      ["दूसरा अनुच्छेद", 1],
    ]);
    expect(doc.wordCount).toBe(9);
    expect(doc.hasDevanagari).toBe(true);
  });

  it("flags text without Devanagari", () => {
    expect(prepareHindiDocument("Only English here.").hasDevanagari).toBe(false);
  });

  it.each(["", "   \n\t  \n", "\uFEFF"])("refuses empty text %j", (text) => {
    expect(() => prepareHindiDocument(text)).toThrow(AppError);
  });

  it("counts Hindi words with matras and conjuncts as one word each", () => {
    expect(countWords("प्रधानमंत्री ने २,००,००० रुपये दिए।")).toBe(5);
  });
});
