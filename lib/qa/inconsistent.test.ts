import { describe, expect, it } from "vitest";
import { consistencyKeys, findInconsistencies, hash53 } from "./inconsistent";

function units(pairs: [string, string][]) {
  return pairs.map(([hi, en], k) => ({ id: k + 1, label: k + 1, ...consistencyKeys(hi, en) }));
}

describe("inconsistent", () => {
  it("treats spelling variants and final punctuation of the Hindi as the same source", () => {
    expect(consistencyKeys("ज़मीन बिकी।", "x").hindiKey).toBe(consistencyKeys("जमीन  बिकी", "x").hindiKey);
    expect(consistencyKeys("हिन्दी", "x").hindiKey).toBe(consistencyKeys("हिंदी", "x").hindiKey);
  });
  it("treats case, spacing and quote style of the English as the same rendering", () => {
    expect(consistencyKeys("x", "He said “yes”.").englishKey).toBe(consistencyKeys("x", 'he  said "yes".').englishKey);
  });
  it("passes the same Hindi translated the same way", () => {
    expect(
      findInconsistencies(
        units([
          ["किसान आए।", "The farmers came."],
          ["किसान आए।", "The farmers came."],
        ]),
      ).size,
    ).toBe(0);
  });
  it("flags the same Hindi translated differently, naming the other unit", () => {
    const found = findInconsistencies(
      units([
        ["किसान आए।", "The farmers came."],
        ["बारिश हुई।", "It rained."],
        ["किसान आए।", "The peasants came."],
      ]),
    );
    expect(found.get(1)).toEqual([
      expect.objectContaining({ check: "inconsistent", code: "inconsistentHindi", severity: "warning", params: { unit: 3, count: 2 } }),
    ]);
    expect(found.get(3)).toEqual([expect.objectContaining({ params: { unit: 1, count: 2 } })]);
    expect(found.has(2)).toBe(false);
  });
  it("keeps keys apart that agree in their low 30 bits (the grouping's first slot)", () => {
    const keyed = (id: number, hindiKey: number, englishKey: number) => ({ id, label: id, hindiKey, englishKey, reversible: true });
    const high = 2 ** 40;
    const found = findInconsistencies([keyed(1, 7, 100), keyed(2, 7 + high, 101), keyed(3, 7, 102), keyed(4, 9, 100 + high)]);
    expect([...found.keys()]).toEqual([1, 3]);
    expect(found.get(1)).toEqual([expect.objectContaining({ code: "inconsistentHindi", params: { unit: 3, count: 2 } })]);
    const english = findInconsistencies([keyed(1, 7, 100), keyed(2, 8, 100 + high), keyed(3, 9, 100)]);
    expect([...english.keys()]).toEqual([1, 3]);
    expect(english.get(3)).toEqual([expect.objectContaining({ code: "inconsistentEnglish", params: { unit: 1, count: 2 } })]);
  });
  it("ignores units not translated yet", () => {
    expect(
      findInconsistencies(
        units([
          ["किसान आए।", "The farmers came."],
          ["किसान आए।", ""],
        ]),
      ).size,
    ).toBe(0);
  });
  it("flags one English sentence used for different Hindi", () => {
    const found = findInconsistencies(
      units([
        ["किसान आए।", "The farmers came home."],
        ["मज़दूर आए।", "The farmers came home."],
      ]),
    );
    expect(found.get(2)).toEqual([expect.objectContaining({ code: "inconsistentEnglish", params: { unit: 1, count: 2 } })]);
  });
  it("lets short English render many sources", () => {
    expect(
      findInconsistencies(
        units([
          ["हाँ।", "Yes."],
          ["जी हाँ।", "Yes."],
        ]),
      ).size,
    ).toBe(0);
  });
  it("hashes to safe integers", () => {
    expect(Number.isSafeInteger(hash53("किसान"))).toBe(true);
    expect(hash53("a")).not.toBe(hash53("b"));
  });
});
