import { describe, expect, it } from "vitest";
import { diffWords } from "./diff";

describe("diffWords", () => {
  it("marks replaced words", () => {
    expect(diffWords("The farmers went home.", "The farmers went to the fields.")).toEqual([
      { kind: "same", text: "The farmers went " },
      { kind: "removed", text: "home" },
      { kind: "added", text: "to the fields" },
      { kind: "same", text: "." },
    ]);
  });

  it("handles empty sides", () => {
    expect(diffWords("", "New text")).toEqual([{ kind: "added", text: "New text" }]);
    expect(diffWords("Old", "")).toEqual([{ kind: "removed", text: "Old" }]);
    expect(diffWords("Same.", "Same.")).toEqual([{ kind: "same", text: "Same." }]);
  });

  it("reassembles both texts exactly", () => {
    const before = "Rs 2,00,000 was given to 3.5 per cent of farmers.";
    const after = "₹2,00,000 was given to 3.5 percent of the farmers!";
    const parts = diffWords(before, after);
    expect(
      parts
        .filter((p) => p.kind !== "added")
        .map((p) => p.text)
        .join(""),
    ).toBe(before);
    expect(
      parts
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(after);
  });
});
