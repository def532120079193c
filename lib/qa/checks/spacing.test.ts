import { describe, expect, it } from "vitest";
import { checkSpacing, fixSpacing } from "./spacing";

const codes = (en: string) => checkSpacing(en).map((i) => i.code);

describe("spacing", () => {
  it("passes clean text, ellipses after a space included", () => {
    expect(codes("The farmers came, and then ... nothing.")).toEqual([]);
  });
  it("flags leading and trailing spaces with a fix", () => {
    const [issue] = checkSpacing(" The farmers came. ");
    expect(issue).toMatchObject({ check: "spacing", code: "spacingEdges", severity: "warning", fix: "The farmers came." });
  });
  it("flags doubled spaces, also no-break ones", () => {
    expect(codes("The  farmers came.")).toEqual(["spacingDouble"]);
    expect(codes("The\u00A0 farmers came.")).toEqual(["spacingDouble"]);
  });
  it("flags a space before , . ? ! ; :", () => {
    for (const mark of [",", ".", "?", "!", ";", ":"]) {
      expect(checkSpacing(`Yes ${mark} no`)).toEqual([
        expect.objectContaining({ code: "spacingBeforePunctuation", params: { char: mark } }),
      ]);
    }
  });
  it("fixes everything at once", () => {
    expect(fixSpacing("  The  farmers came , and left .  ")).toBe("The farmers came, and left.");
    expect(checkSpacing("  The  farmers came , and left .  ").map((i) => i.fix)).toEqual([
      "The farmers came, and left.",
      "The farmers came, and left.",
      "The farmers came, and left.",
    ]);
  });
  it("has nothing to say about an empty English", () => {
    expect(codes("   ")).toEqual([]);
  });
  it("sees every kind of whitespace at the edges and every doubled spacing character", () => {
    for (const space of ["\t", "\n", "\u00A0", "\u2009", "\u3000", "\uFEFF"]) {
      expect(codes(`${space}The farmers came.`)).toEqual(["spacingEdges"]);
      expect(codes(`The farmers came.${space}`)).toEqual(["spacingEdges"]);
    }
    expect(codes("The\t\tfarmers came.")).toEqual(["spacingDouble"]);
    expect(codes("The\u202F\u2009farmers came.")).toEqual(["spacingDouble"]);
    expect(codes("Yes\u00A0, no")).toEqual(["spacingBeforePunctuation"]);
    expect(codes("The farmers came\nand went.")).toEqual([]);
    expect(codes("And so .. on")).toEqual([]);
  });
});
