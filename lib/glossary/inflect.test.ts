import { describe, expect, it } from "vitest";
import { inflectHindi } from "./inflect";

describe("inflectHindi", () => {
  it("masculine -आ nouns: direct/oblique plural", () => {
    expect(inflectHindi("लड़का", "noun-m")).toEqual(expect.arrayContaining(["लड़का", "लड़के", "लड़कों"]));
    expect(inflectHindi("कमरा")).toEqual(expect.arrayContaining(["कमरे", "कमरों"]));
  });

  it("consonant-final nouns", () => {
    expect(inflectHindi("किसान")).toContain("किसानों");
    expect(inflectHindi("घर", "noun-m")).toEqual(["घर", "घरों"]);
    expect(inflectHindi("बात", "noun-f")).toEqual(expect.arrayContaining(["बातें", "बातों"]));
  });

  it("feminine -ई/-इ nouns, with chandrabindu and anusvara spellings", () => {
    expect(inflectHindi("नदी")).toEqual(expect.arrayContaining(["नदियाँ", "नदियां", "नदियों"]));
    expect(inflectHindi("लड़की", "noun-f")).toEqual(expect.arrayContaining(["लड़कियाँ", "लड़कियों"]));
    expect(inflectHindi("शक्ति")).toEqual(expect.arrayContaining(["शक्तियाँ", "शक्तियों"]));
  });

  it("unmarked -आ nouns and -उ/-ऊ nouns take -ओं / -एँ", () => {
    expect(inflectHindi("नेता")).toContain("नेताओं");
    expect(inflectHindi("माता", "noun-f")).toEqual(expect.arrayContaining(["माताएँ", "माताओं"]));
    expect(inflectHindi("साधु")).toContain("साधुओं");
    expect(inflectHindi("भालू")).toContain("भालुओं");
  });

  it("adjectives in -आ agree; lone -आ nouns never turn into -ई (लड़का must not give लड़की)", () => {
    expect(inflectHindi("अच्छा", "adjective")).toEqual(["अच्छा", "अच्छे", "अच्छी"]);
    expect(inflectHindi("लड़का")).not.toContain("लड़की");
    expect(inflectHindi("सुंदर", "adjective")).toEqual(["सुंदर"]);
  });

  it("never yields a form shorter than the term (नेता does not give ने)", () => {
    for (const term of ["नेता", "किसान", "नदी", "साधु", "कल"]) {
      for (const form of inflectHindi(term)) expect(form.length).toBeGreaterThanOrEqual(term.length);
    }
  });

  it("inflects only the last word of a multi-word term; proper nouns stay as written", () => {
    expect(inflectHindi("भारत सरकार")).toContain("भारत सरकारों");
    expect(inflectHindi("भारत", "properNoun")).toEqual(["भारत"]);
    expect(inflectHindi("  ")).toEqual([]);
  });
});
