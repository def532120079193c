import { describe, expect, it } from "vitest";
import { foldHindi } from "./fold";
import { tokenizeFolded } from "./tokenize";

const tokens = (s: string) => tokenizeFolded(foldHindi(s).folded).map((t) => [t.word, t.joined]);

describe("tokenizeFolded", () => {
  it("keeps matras, virama and anusvara inside words and splits on danda and punctuation", () => {
    expect(tokens("क्षेत्रों में, हिंदी।अब")).toEqual([
      ["क्षेत्रों", false],
      ["में", true],
      ["हिंदी", false],
      ["अब", false],
    ]);
  });

  it("marks words separated only by folded whitespace or hyphens as joined", () => {
    expect(tokens("जल -  वायु GST2 ९")).toEqual([
      ["जल", false],
      ["वायु", true],
      ["gst2", true],
      ["9", true],
    ]);
  });
});
