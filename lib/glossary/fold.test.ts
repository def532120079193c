import { describe, expect, it } from "vitest";
import { foldHindi } from "./fold";

const f = (s: string) => foldHindi(s).folded;

describe("foldHindi", () => {
  it("folds the nasal consonant + virama before its own class to anusvara", () => {
    expect(f("हिन्दी")).toBe(f("हिंदी"));
    expect(f("सन्त")).toBe(f("संत"));
    expect(f("पम्प")).toBe(f("पंप"));
    expect(f("कण्ठ")).toBe(f("कंठ"));
    expect(f("गङ्गा")).toBe(f("गंगा"));
  });

  it("keeps a nasal + virama that is not homorganic (तुम्हारा, कन्या)", () => {
    expect(f("तुम्हारा")).toBe("तुम्हारा");
    expect(f("कन्या")).toBe("कन्या");
  });

  it("folds chandrabindu to anusvara", () => {
    expect(f("माँ")).toBe("मां");
  });

  it("drops nukta on borrowed sounds, both decomposed and precomposed", () => {
    expect(f("ज़मीन")).toBe("जमीन");
    expect(f("\u095Bमीन")).toBe("जमीन");
    expect(f("फ़ोन")).toBe("फोन");
    expect(f("क़ानून")).toBe("कानून");
  });

  it("keeps ड़ and ढ़ distinct from ड and ढ, whichever way they are encoded", () => {
    expect(f("सड़क")).not.toBe(f("सडक"));
    expect(f("स\u095Cक")).toBe(f("सड़क"));
    expect(f("पढ़ना")).toBe("पढ\u093Cना");
  });

  it("does not fold vowel length", () => {
    expect(f("दिन")).not.toBe(f("दीन"));
    expect(f("कुल")).not.toBe(f("कूल"));
  });

  it("removes ZWJ/ZWNJ, folds hyphens and whitespace runs to one space, lower-cases Latin", () => {
    expect(f("क्\u200Dष")).toBe("क्ष");
    expect(f("जल - \t वायु")).toBe("जल वायु");
    expect(f("GST Council")).toBe("gst council");
  });

  it("maps folded characters back to original offsets", () => {
    const text = "a हिन्दी b";
    const { folded, map } = foldHindi(text);
    expect(folded).toBe("a हिंदी b");
    expect(map).toHaveLength(folded.length + 1);
    expect(map[folded.length]).toBe(text.length);
    const b = folded.indexOf("b");
    expect(text[map[b]]).toBe("b");
  });
});
