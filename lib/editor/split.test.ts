import { describe, expect, it } from "vitest";
import { defaultEnglishSplit, splitEnglishAt } from "./split";

describe("defaultEnglishSplit", () => {
  it("divides at the English sentence boundary matching the Hindi proportion", () => {
    const hi = ["किसान खेत में गए।", "बारिश शुरू हुई।"];
    const en = "The farmers went to the fields. The rain began.";
    const at = defaultEnglishSplit(hi, en, 1);
    expect(splitEnglishAt(en, at)).toEqual(["The farmers went to the fields.", "The rain began."]);
  });

  it("chooses among several English sentences by length", () => {
    const hi = ["एक बहुत लंबा हिन्दी वाक्य जो आधे से ज़्यादा जगह लेता है।", "छोटा।"];
    const en = "One. Two is longer than one. Three.";
    expect(splitEnglishAt(en, defaultEnglishSplit(hi, en, 1))).toEqual(["One. Two is longer than one.", "Three."]);
  });

  it("falls back to a word boundary with one English sentence", () => {
    const hi = ["पहला भाग", "दूसरा भाग"];
    const en = "first part second part";
    expect(splitEnglishAt(en, defaultEnglishSplit(hi, en, 1))).toEqual(["first part", "second part"]);
  });

  it("gives everything to the second unit when the English is empty", () => {
    expect(defaultEnglishSplit(["a", "b"], "", 1)).toBe(0);
  });
});
