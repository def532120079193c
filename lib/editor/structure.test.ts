import { describe, expect, it } from "vitest";
import { applyStructureChange, canSplit, mergeRequest, moveOffset, moveRequest, neighbourOf, type StructureUnit } from "./structure";

// Three units over sentences 0–1, 2, 3–5 (loaded out of order, as the editor's map holds them).
const a: StructureUnit = { id: 10, first: 0, last: 1, version: 3 };
const b: StructureUnit = { id: 11, first: 2, last: 2, version: 1 };
const c: StructureUnit = { id: 12, first: 3, last: 5, version: 7 };
const loaded = [c, a, b];

describe("neighbourOf", () => {
  it("finds the next and the previous unit by sentence numbers, not by list order", () => {
    expect(neighbourOf(loaded, b, 1)).toBe(c);
    expect(neighbourOf(loaded, b, -1)).toBe(a);
  });

  it("finds nothing past either end or when the neighbour is not loaded", () => {
    expect(neighbourOf(loaded, a, -1)).toBeUndefined();
    expect(neighbourOf(loaded, c, 1)).toBeUndefined();
    expect(neighbourOf([a, c], a, 1)).toBeUndefined();
  });
});

describe("requests", () => {
  it("a merge sends both versions", () => {
    expect(mergeRequest(a, b)).toEqual({ unitId: 10, version: 3, nextVersion: 1 });
  });

  it("a move goes to the side its direction names and sends both versions", () => {
    expect(moveOffset("first-to-previous")).toBe(-1);
    expect(moveOffset("last-to-next")).toBe(1);
    expect(moveRequest(c, b, "first-to-previous")).toEqual({ unitId: 12, version: 7, neighbourVersion: 1, direction: "first-to-previous" });
  });

  it("only a unit of several sentences can be split", () => {
    expect(canSplit(a)).toBe(true);
    expect(canSplit(b)).toBe(false);
  });
});

describe("applyStructureChange", () => {
  it("drops removed units, replaces changed ones and forgets the drafts of both", () => {
    const units = new Map(loaded.map((u) => [u.id, u]));
    const drafts = new Map<number, unknown>([
      [10, { text: "typed" }],
      [11, { text: "typed too" }],
      [12, { text: "untouched" }],
    ]);
    const merged = { ...a, last: 2, version: 4 };
    const touched = applyStructureChange(units, drafts, { units: [merged], removed: [11] });
    expect([...units.keys()].sort()).toEqual([10, 12]);
    expect(units.get(10)).toBe(merged);
    expect([...drafts.keys()]).toEqual([12]);
    expect(touched).toEqual([11, 10]);
  });

  it("adds units it did not hold (a split's second half)", () => {
    const units = new Map([[b.id, b]]);
    const second = { id: 13, first: 2, last: 2, version: 1 };
    applyStructureChange(units, new Map(), { units: [second], removed: [] });
    expect(units.get(13)).toBe(second);
  });
});
