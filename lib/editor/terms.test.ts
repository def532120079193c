import { describe, expect, it } from "vitest";
import { numberedTerms } from "./terms";

const term = (entryId: string, english: { text: string; status: string }[]) => ({ entryId, hindi: entryId, english });

describe("numberedTerms", () => {
  it("numbers each entry once, in order, with what its key inserts", () => {
    const terms = [
      term("किसान", [{ text: "farmer", status: "preferred" }]),
      term("सरकार", [
        { text: "regime", status: "forbidden" },
        { text: "government", status: "allowed" },
      ]),
      term("किसान", [{ text: "farmer", status: "preferred" }]),
      term("जय", [{ text: "Jai", status: "forbidden" }]),
    ];
    expect(numberedTerms(terms).map((t) => [t.n, t.term.entryId, t.insert])).toEqual([
      [1, "किसान", "farmer"],
      [2, "सरकार", "government"],
      [3, "जय", null],
    ]);
  });

  it("stops at nine: the keys end at Alt+Shift+9", () => {
    const many = Array.from({ length: 12 }, (_, i) => term(`t${i}`, [{ text: `e${i}`, status: "preferred" }]));
    expect(numberedTerms(many)).toHaveLength(9);
  });
});
