import { describe, expect, it } from "vitest";
import { entryWordClass, fromTbxPartOfSpeech, inferWordClass, parsePartOfSpeech, toTbxPartOfSpeech } from "./part-of-speech";

describe("parsePartOfSpeech", () => {
  it.each([
    ["noun", "noun"],
    ["N", "noun"],
    ["NN", "noun"],
    ["संज्ञा", "noun"],
    ["noun-m", "noun-m"],
    ["n. m.", "noun-m"],
    ["noun (masc.)", "noun-m"],
    ["संज्ञा, पुल्लिंग", "noun-m"],
    ["noun-f", "noun-f"],
    ["feminine noun", "noun-f"],
    ["nf", "noun-f"],
    ["स्त्रीलिंग", "noun-f"],
    ["proper noun", "properNoun"],
    ["properNoun", "properNoun"],
    ["PROPN", "properNoun"],
    ["व्यक्तिवाचक संज्ञा", "properNoun"],
    ["adjective", "adjective"],
    ["Adj.", "adjective"],
    ["विशेषण", "adjective"],
    ["verb", "verb"],
    ["v.t.", "verb"],
    ["VERB", "verb"],
    ["क्रिया", "verb"],
    ["adverb", "adverb"],
    ["क्रियाविशेषण", "adverb"],
    ["क्रिया विशेषण", "adverb"],
    ["other", "other"],
    ["postposition", "other"],
  ])("%s → %s", (raw, pos) => {
    expect(parsePartOfSpeech(raw)).toBe(pos);
  });

  it("empty or unknown values are not guessed", () => {
    expect(parsePartOfSpeech("")).toBeNull();
    expect(parsePartOfSpeech("  ")).toBeNull();
    expect(parsePartOfSpeech(null)).toBeNull();
    expect(parsePartOfSpeech("abbreviation")).toBeNull();
    expect(parsePartOfSpeech("xyz")).toBeNull();
  });
});

describe("inferWordClass", () => {
  it("-ना words are verbs (or -ना nouns such as योजना)", () => {
    expect(inferWordClass("सुनना")).toBe("verb-or-noun");
    expect(inferWordClass("भावना")).toBe("verb-or-noun");
    expect(inferWordClass("ना")).toBe("noun");
  });

  it("ordinals, -ीला/-ैला adjectives and the listed -आ adjectives; other -आ words are nouns", () => {
    expect(inferWordClass("पाँचवाँ")).toBe("adjective");
    expect(inferWordClass("चमकीला")).toBe("adjective");
    expect(inferWordClass("मैला")).toBe("adjective");
    expect(inferWordClass("छोटा")).toBe("adjective");
    expect(inferWordClass("लड़का")).toBe("noun");
    expect(inferWordClass("कमरा")).toBe("noun");
  });

  it("the genitive postposition", () => {
    expect(inferWordClass("का")).toBe("genitive");
    expect(inferWordClass("की")).toBe("genitive");
  });

  it("a given part of speech wins over the form; an unknown one falls back to the form", () => {
    expect(entryWordClass("भावना", "noun-f")).toBe("feminine");
    expect(entryWordClass("सुनना", "")).toBe("verb-or-noun");
    expect(entryWordClass("सुनना", "idiom")).toBe("verb-or-noun");
    expect(entryWordClass("भारत", "proper noun")).toBe("proper");
    expect(entryWordClass("जल्दी", "adverb")).toBe("invariant");
  });
});

describe("TBX part of speech", () => {
  it("writes TBX-Basic picklist values with the gender in its own termNote", () => {
    expect(toTbxPartOfSpeech("noun-m")).toEqual({ partOfSpeech: "noun", grammaticalGender: "masculine" });
    expect(toTbxPartOfSpeech("noun-f")).toEqual({ partOfSpeech: "noun", grammaticalGender: "feminine" });
    expect(toTbxPartOfSpeech("proper noun")).toEqual({ partOfSpeech: "properNoun", grammaticalGender: null });
    expect(toTbxPartOfSpeech("Adj.")).toEqual({ partOfSpeech: "adjective", grammaticalGender: null });
    expect(toTbxPartOfSpeech("idiom")).toEqual({ partOfSpeech: "idiom", grammaticalGender: null });
  });

  it("reads partOfSpeech with grammaticalGender back into Setu's values", () => {
    expect(fromTbxPartOfSpeech("noun", "masculine")).toBe("noun-m");
    expect(fromTbxPartOfSpeech("noun", "feminine")).toBe("noun-f");
    expect(fromTbxPartOfSpeech("noun", null)).toBe("noun");
    expect(fromTbxPartOfSpeech("properNoun", null)).toBe("properNoun");
    expect(fromTbxPartOfSpeech("idiom", null)).toBe("idiom");
    expect(fromTbxPartOfSpeech(null, "feminine")).toBeNull();
  });
});
