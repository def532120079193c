import { describe, expect, it } from "vitest";
import { ABSORBED_CONFIDENCE, beadsToUnits, countBeadShapes, joinEnglish } from "./to-units";
import type { Bead } from "./types";

const bead = (hi: number[], en: number[], confidence = 0.9): Bead => ({ hi, en, confidence });

describe("beadsToUnits", () => {
  it("makes one unit per bead with Hindi, spanning its Hindi sentences", () => {
    const units = beadsToUnits([bead([0], [0], 0.95), bead([1, 2], [1], 0.8), bead([3], [2, 3], 0.7), bead([4], [], 0.2)]);
    expect(units).toEqual([
      { first: 0, last: 0, en: [0], confidence: 0.95 },
      { first: 1, last: 2, en: [1], confidence: 0.8 },
      { first: 3, last: 3, en: [2, 3], confidence: 0.7 },
      { first: 4, last: 4, en: [], confidence: 0.2 },
    ]);
  });

  it("appends unmatched English to the previous unit and lowers its confidence", () => {
    const units = beadsToUnits([bead([0], [0], 0.95), bead([], [1], 0.25), bead([], [2], 0.28), bead([1], [3], 0.9)]);
    expect(units).toEqual([
      { first: 0, last: 0, en: [0, 1, 2], confidence: 0.25 },
      { first: 1, last: 1, en: [3], confidence: 0.9 },
    ]);
  });

  it("caps the confidence at the absorbed ceiling even when the 0:1 bead itself was confident", () => {
    const [unit] = beadsToUnits([bead([0], [0], 0.95), bead([], [1], 0.9)]);
    expect(unit.confidence).toBe(ABSORBED_CONFIDENCE);
  });

  it("prepends leading unmatched English to the first unit", () => {
    const units = beadsToUnits([bead([], [0], 0.2), bead([], [1], 0.3), bead([0], [2], 0.9), bead([1], [3], 0.9)]);
    expect(units[0]).toEqual({ first: 0, last: 0, en: [0, 1, 2], confidence: 0.2 });
    expect(units[1]).toEqual({ first: 1, last: 1, en: [3], confidence: 0.9 });
  });

  it("covers every Hindi and English sentence exactly once, in order", () => {
    const beads = [bead([], [0]), bead([0, 1], [1]), bead([2], []), bead([], [2]), bead([3], [3, 4]), bead([4, 5], [5, 6]), bead([], [7])];
    const units = beadsToUnits(beads);
    expect(units.flatMap((u) => Array.from({ length: u.last - u.first + 1 }, (_, k) => u.first + k))).toEqual([0, 1, 2, 3, 4, 5]);
    expect(units.flatMap((u) => u.en)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("gives no units when there is no Hindi", () => {
    expect(beadsToUnits([bead([], [0]), bead([], [1])])).toEqual([]);
    expect(beadsToUnits([])).toEqual([]);
  });
});

describe("countBeadShapes and joinEnglish", () => {
  it("counts beads by shape", () => {
    expect(countBeadShapes([bead([0], [0]), bead([1, 2], [1]), bead([3], [2]), bead([], [3])])).toEqual({ "1:1": 2, "2:1": 1, "0:1": 1 });
  });

  it("joins a unit's English sentences with single spaces", () => {
    expect(joinEnglish({ first: 0, last: 0, en: [1, 2], confidence: 1 }, ["a.", "b.", "c."])).toBe("b. c.");
    expect(joinEnglish({ first: 0, last: 0, en: [], confidence: 1 }, ["a."])).toBe("");
  });
});
