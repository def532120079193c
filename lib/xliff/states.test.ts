import { describe, expect, it } from "vitest";
import { fromXliff12, fromXliff20, leastAdvanced, type SetuStatus, toXliff12, toXliff20 } from "./states";

const all: SetuStatus[] = ["draft", "translated", "approved", "rejected"];

describe("status ↔ XLIFF state", () => {
  it("maps every Setu status to 1.2 and back unchanged", () => {
    expect(all.map((s) => toXliff12(s))).toEqual([
      { state: "new", approved: false },
      { state: "translated", approved: false },
      { state: "final", approved: true },
      { state: "needs-review-translation", approved: false },
    ]);
    for (const s of all) {
      const { state, approved } = toXliff12(s);
      expect(fromXliff12(state, approved ? "yes" : undefined, true)).toBe(s);
    }
  });

  it("maps every Setu status to 2.0 and back unchanged", () => {
    expect(all.map((s) => toXliff20(s).state)).toEqual(["initial", "translated", "final", "reviewed"]);
    for (const s of all) {
      const { state, subState } = toXliff20(s);
      expect(fromXliff20(state, subState, true)).toBe(s);
    }
  });

  it("reads other tools' states: signed-off is approved, needs-l10n translated, no target a draft", () => {
    expect(fromXliff12("signed-off", undefined, true)).toBe("approved");
    expect(fromXliff12("needs-l10n", undefined, true)).toBe("translated");
    expect(fromXliff12(undefined, undefined, true)).toBe("translated");
    expect(fromXliff12("final", "yes", false)).toBe("draft");
    expect(fromXliff20("reviewed", "other:x", true)).toBe("translated");
    expect(fromXliff20(undefined, undefined, true)).toBe("translated");
    expect(fromXliff20("final", undefined, false)).toBe("draft");
  });

  it("takes the least advanced status of a unit's segments", () => {
    expect(leastAdvanced(["approved", "translated"])).toBe("translated");
    expect(leastAdvanced(["approved", "draft", "translated"])).toBe("draft");
    expect(leastAdvanced(["approved", "rejected"])).toBe("rejected");
    expect(leastAdvanced(["approved"])).toBe("approved");
  });
});
