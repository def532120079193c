import { describe, expect, it } from "vitest";
import { isValidPartition } from "./evaluate";
import { syntheticParallel } from "./synthetic-corpus";

describe("syntheticParallel", () => {
  it("is deterministic per seed and its gold alignment is a valid partition", () => {
    const a = syntheticParallel(500, 9);
    expect(syntheticParallel(500, 9)).toEqual(a);
    expect(isValidPartition(a.gold, a.hi.length, a.en.length)).toBe(true);
    expect(a.gold.some((g) => g.en.length === 0)).toBe(true);
    expect(a.gold.some((g) => g.hi.length === 2)).toBe(true);
  });
});
