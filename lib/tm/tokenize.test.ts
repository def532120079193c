import { describe, expect, it } from "vitest";
import { foldHindi } from "@/lib/glossary/fold";
import { countWords, normaliseTmSource, numberKey, tokenizeTm } from "./tokenize";

const kinds = (s: string) => tokenizeTm(s).map((t) => `${t.kind}:${t.key}`);

describe("normaliseTmSource", () => {
  it("folds as the glossary does: nukta, chandrabindu, हिन्दी/हिंदी, digits, Latin case", () => {
    expect(normaliseTmSource("ज़मीन")).toBe(normaliseTmSource("जमीन"));
    expect(normaliseTmSource("माँ")).toBe(normaliseTmSource("मां"));
    expect(normaliseTmSource("हिन्दी")).toBe(normaliseTmSource("हिंदी"));
    expect(normaliseTmSource("वर्ष २०२४ में")).toBe("वर्ष 2024 में");
    expect(normaliseTmSource("WHO ने कहा")).toBe("who ने कहा");
  });

  it("is the glossary's folding of the NFC text, not a copy of it", () => {
    const s = "क़ानून  मंत्री\u200dने कहा।";
    expect(normaliseTmSource(s)).toBe(foldHindi(s.normalize("NFC")).folded.replace(/ +/g, " ").trim());
  });

  it("keeps what tells words apart: vowel length and ड़", () => {
    expect(normaliseTmSource("दिन")).not.toBe(normaliseTmSource("दीन"));
    expect(normaliseTmSource("सड़क")).not.toBe(normaliseTmSource("सडक"));
  });

  it("treats a decomposed and a precomposed nukta letter, and extra spaces, alike", () => {
    expect(normaliseTmSource("\u095B\u092E\u0940\u0928   है")).toBe(normaliseTmSource("ज\u093C\u092E\u0940\u0928 है"));
  });
});

describe("numberKey", () => {
  it("drops Indian and Western grouping and reads Devanagari digits", () => {
    expect(numberKey("1,00,000")).toBe("100000");
    expect(numberKey("100,000")).toBe("100000");
    expect(numberKey("१,००,०००")).toBe("100000");
    expect(numberKey("२०२४")).toBe("2024");
  });

  it("keeps a decimal part of one or two digits", () => {
    expect(numberKey("12.5")).toBe("12.5");
    expect(numberKey("3.75")).toBe("3.75");
    expect(numberKey("2,024")).toBe("2024");
    expect(numberKey("007")).toBe("7");
  });
});

describe("tokenizeTm", () => {
  it("splits words, numbers, Latin tokens and punctuation", () => {
    expect(kinds("सरकार ने 1,00,000 रुपये WHO को दिए।")).toEqual([
      "word:सरकार",
      "word:ने",
      "number:100000",
      "word:रुपये",
      "latin:who",
      "word:को",
      "word:दिए",
      "punct:।",
    ]);
  });

  it("reads Devanagari digits as a number token with the same key as ASCII ones", () => {
    expect(kinds("₹५०० करोड़")).toEqual(["punct:₹", "number:500", "word:करोड़"]);
    expect(tokenizeTm("₹५०० करोड़")[1].text).toBe("५००");
  });

  it("splits at hyphens the way the folding does", () => {
    expect(kinds("बस-स्टैंड")).toEqual(kinds("बस स्टैंड"));
  });

  it("keeps the matras and virama inside a word", () => {
    expect(kinds("प्रधानमंत्री")).toEqual(["word:प्रधानमंत्री"]);
  });

  it("returns nothing for empty or space-only text", () => {
    expect(tokenizeTm("")).toEqual([]);
    expect(tokenizeTm("  \t ")).toEqual([]);
  });
});

describe("countWords", () => {
  it("counts words, numbers and Latin tokens but not punctuation", () => {
    expect(countWords(tokenizeTm("सरकार ने 500 रुपये WHO को दिए।"))).toBe(7);
  });
});
