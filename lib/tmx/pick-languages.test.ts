import { describe, expect, it } from "vitest";
import { pickHindiEnglish, primaryLanguage } from "./pick-languages";

describe("pickHindiEnglish", () => {
  it("picks Hindi and English by primary language, whatever the region or case", () => {
    expect(
      pickHindiEnglish("hi-IN", [
        { lang: "HI_in", text: " नमस्ते। " },
        { lang: "en-GB", text: "Hello. " },
      ]),
    ).toEqual({
      hindi: "नमस्ते।",
      english: "Hello.",
      reversed: false,
      extraLanguages: [],
    });
  });

  it("accepts the reverse direction and flags it", () => {
    const result = pickHindiEnglish("en-US", [
      { lang: "en-US", text: "Hello." },
      { lang: "hi", text: "नमस्ते।" },
    ]);
    expect(result).toMatchObject({ hindi: "नमस्ते।", english: "Hello.", reversed: true });
  });

  it("treats *all* as no particular direction", () => {
    expect(
      pickHindiEnglish("*all*", [
        { lang: "hi", text: "क" },
        { lang: "en", text: "k" },
      ]),
    ).toMatchObject({ reversed: false });
  });

  it("ignores other languages but reports them", () => {
    const result = pickHindiEnglish("hi", [
      { lang: "hi", text: "क" },
      { lang: "mr-IN", text: "ख" },
      { lang: "en", text: "k" },
    ]);
    expect(result).toMatchObject({ hindi: "क", english: "k", extraLanguages: ["mr-IN"] });
  });

  it("skips units it cannot pair, with a reason", () => {
    expect(pickHindiEnglish("hi", [{ lang: "en", text: "k" }])).toEqual({ skip: "no-hindi" });
    expect(
      pickHindiEnglish("hi", [
        { lang: "hi", text: "क" },
        { lang: "hil", text: "x" },
      ]),
    ).toEqual({ skip: "no-english" });
    expect(
      pickHindiEnglish("hi", [
        { lang: "hi-IN", text: "क" },
        { lang: "hi-Latn", text: "ka" },
        { lang: "en", text: "k" },
      ]),
    ).toEqual({ skip: "several-hindi" });
    expect(
      pickHindiEnglish("hi", [
        { lang: "hi", text: "क" },
        { lang: "en-US", text: "k" },
        { lang: "en-GB", text: "k" },
      ]),
    ).toEqual({ skip: "several-english" });
    expect(
      pickHindiEnglish("hi", [
        { lang: "hi", text: "  " },
        { lang: "en", text: "k" },
      ]),
    ).toEqual({ skip: "empty-text" });
  });
});

describe("primaryLanguage", () => {
  it("returns the lower-cased first subtag", () => {
    expect(primaryLanguage(" HI_IN ")).toBe("hi");
    expect(primaryLanguage("hil")).toBe("hil");
  });
});
