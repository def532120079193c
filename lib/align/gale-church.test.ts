import { describe, expect, it } from "vitest";
import { lengthCost, logErfc } from "./gale-church";

describe("logErfc", () => {
  it("matches known values", () => {
    expect(logErfc(0)).toBeCloseTo(0, 6);
    expect(logErfc(1)).toBeCloseTo(Math.log(0.157299207), 5);
    expect(logErfc(3)).toBeCloseTo(Math.log(2.2090497e-5), 4);
  });

  it("stays finite where erfc underflows", () => {
    expect(Number.isFinite(logErfc(40))).toBe(true);
    expect(logErfc(40)).toBeLessThan(logErfc(30));
  });
});

describe("lengthCost", () => {
  it("is smallest when lengths agree with the ratio", () => {
    expect(lengthCost(100, 110, 1.1, 2)).toBeCloseTo(0, 5);
    expect(lengthCost(100, 160, 1.1, 2)).toBeGreaterThan(lengthCost(100, 130, 1.1, 2));
  });
});
