import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/random";
import { consistencyKeys, findInconsistencies, hash53, type KeyedUnit } from "./inconsistent";
import { type QaIssue, qaIssue } from "./types";

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
  it("finds what grouping by a Map of exact keys finds, in the same order (keys that meet in every bit pattern)", () => {
    // The grouping as first written: a Map of every key's group, in the order keys first appear.
    const groupsOf = (items: KeyedUnit<number>[], key: (u: KeyedUnit<number>) => number | null) => {
      const groups = new Map<number, KeyedUnit<number>[]>();
      for (const u of items) {
        const k = key(u);
        if (k !== null) groups.set(k, [...(groups.get(k) ?? []), u]);
      }
      return [...groups.values()].filter((g) => g.length > 1);
    };
    const reference = (units: KeyedUnit<number>[]) => {
      const out = new Map<number, QaIssue[]>();
      const add = (id: number, issue: QaIssue) => out.set(id, [...(out.get(id) ?? []), issue]);
      const translated = units.filter((u) => u.englishKey !== null);
      for (const group of groupsOf(translated, (u) => u.hindiKey)) {
        const renderings = new Set(group.map((u) => u.englishKey));
        if (renderings.size < 2) continue;
        for (const unit of group) {
          const other = group.find((u) => u.englishKey !== unit.englishKey);
          if (other) add(unit.id, qaIssue("inconsistentHindi", { unit: other.label, count: renderings.size }));
        }
      }
      for (const group of groupsOf(translated, (u) => (u.reversible ? u.englishKey : null))) {
        const sources = new Set(group.map((u) => u.hindiKey));
        if (sources.size < 2) continue;
        for (const unit of group) {
          const other = group.find((u) => u.hindiKey !== unit.hindiKey);
          if (other) add(unit.id, qaIssue("inconsistentEnglish", { unit: other.label, count: sources.size }));
        }
      }
      return out;
    };
    const random = seededRandom(18);
    // Few distinct keys, many sharing their low 32 bits (a multiple of 2^32 apart) and some their table slot.
    const keyOf = () => Math.floor(random() * 40) + (random() < 0.5 ? 2 ** 32 * Math.floor(random() * 3) : 0) + (random() < 0.2 ? 64 : 0);
    for (let round = 0; round < 50; round++) {
      const units = Array.from({ length: 10 + Math.floor(random() * 300) }, (_, k) => ({
        id: k + 1,
        label: k + 1,
        hindiKey: keyOf(),
        englishKey: random() < 0.1 ? null : keyOf(),
        reversible: random() < 0.8,
      }));
      const found = findInconsistencies(units);
      expect([...found.entries()]).toEqual([...reference(units).entries()]);
    }
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
