import { describe, expect, it } from "vitest";
import { shouldWalkOn } from "./concordance-plan";

const at = (hits: number, entries: number) => shouldWalkOn({ hits, window: 2_000, limit: 21, entries, indexRowCost: 5, minHits: 3 });

describe("shouldWalkOn", () => {
  it("walks on for a query common in a large memory, and asks the index in a small one", () => {
    // 1M entries, 5 in the window: ~8,400 entries walked against ~2,500 matches costing 5 each.
    expect(at(5, 1_000_000)).toBe(true);
    expect(at(5, 100_000)).toBe(false);
    expect(at(15, 100_000)).toBe(true);
  });

  it("asks the index below the fewest hits, when the window already has the limit, and when the size is unknown", () => {
    expect(at(2, 10_000_000)).toBe(false);
    expect(at(3, 1_000_000)).toBe(false); // 14,000 walked against ~1,500 × 5
    expect(at(21, 1_000_000)).toBe(false);
    expect(at(10, 0)).toBe(false);
  });
});
