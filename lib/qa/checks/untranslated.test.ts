import { describe, expect, it } from "vitest";
import { checkUntranslated } from "./untranslated";

const codes = (hi: string, en: string, keep?: string[]) => checkUntranslated(hi, en, keep).map((i) => i.code);

describe("untranslated", () => {
  it("flags an empty English", () => {
    expect(checkUntranslated("किसान आए।", "  ")).toEqual([expect.objectContaining({ code: "untranslatedEmpty", severity: "error" })]);
  });
  it("flags the Hindi copied into the English", () => {
    expect(codes("किसान आए।", "किसान  आए।")).toEqual(["untranslatedSame"]);
  });
  it("lets a unit without Devanagari stay the same (a figure, a name, a URL)", () => {
    expect(codes("2023", "2023")).toEqual([]);
    expect(codes("https://isro.gov.in", "https://isro.gov.in")).toEqual([]);
  });
  it("flags an English that is still mostly Devanagari", () => {
    expect(codes("किसान खेत गए।", "किसान खेत went।")).toEqual(["untranslatedDevanagari"]);
  });
  it("warns about a Devanagari word left in the English", () => {
    expect(checkUntranslated("किसान खेत गए।", "The किसान went to the field.")).toEqual([
      expect.objectContaining({ code: "devanagariLeft", severity: "warning", params: { word: "किसान" } }),
    ]);
  });
  it("allows Devanagari the glossary keeps untranslated", () => {
    expect(codes("पंचायत बैठी।", "The पंचायत met.", ["पंचायत"])).toEqual([]);
  });
  it("passes an English translation", () => {
    expect(codes("किसान खेत गए।", "The farmers went to the field.")).toEqual([]);
  });
});
