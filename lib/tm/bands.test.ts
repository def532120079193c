import { describe, expect, it } from "vitest";
import { analyse, bandOfScore, matchBands } from "./bands";

describe("bandOfScore", () => {
  it("puts each score boundary in its band", () => {
    const cases: [number | null, string][] = [
      [101, "context"],
      [100, "exact"],
      [99, "fuzzy95"],
      [95, "fuzzy95"],
      [94, "fuzzy85"],
      [85, "fuzzy85"],
      [84, "fuzzy75"],
      [75, "fuzzy75"],
      [74, "fuzzy50"],
      [50, "fuzzy50"],
      [49, "new"],
      [0, "new"],
      [null, "new"],
    ];
    for (const [score, band] of cases) expect(bandOfScore(score), String(score)).toBe(band);
  });
});

describe("analyse", () => {
  it("sums units and words per band, repetitions after their first occurrence", () => {
    const a = analyse([
      { norm: "क", words: 5, best: null },
      { norm: "ख", words: 3, best: 100 },
      { norm: "क", words: 5, best: null },
      { norm: "ग", words: 4, best: 87 },
      { norm: "ख", words: 3, best: 100 },
    ]);
    expect(a.unitBands).toEqual(["new", "exact", "repetition", "fuzzy85", "repetition"]);
    const by = Object.fromEntries(a.bands.map((b) => [b.band, [b.units, b.words]]));
    expect(by).toMatchObject({ new: [1, 5], exact: [1, 3], repetition: [2, 8], fuzzy85: [1, 4], context: [0, 0] });
    expect(a.total).toEqual({ units: 5, words: 20 });
    expect(a.bands.map((b) => b.band)).toEqual([...matchBands]);
  });

  it("keeps a 101 % match in its band even when it repeats", () => {
    const a = analyse([
      { norm: "क", words: 2, best: 101 },
      { norm: "क", words: 2, best: 101 },
    ]);
    expect(a.unitBands).toEqual(["context", "context"]);
  });

  it("never calls an empty sentence a repetition", () => {
    expect(
      analyse([
        { norm: "", words: 0, best: null },
        { norm: "", words: 0, best: null },
      ]).unitBands,
    ).toEqual(["new", "new"]);
  });

  it("word totals equal the sum of the bands", () => {
    const a = analyse(Array.from({ length: 50 }, (_, i) => ({ norm: String(i % 7), words: i % 5, best: (i * 13) % 102 })));
    expect(a.bands.reduce((s, b) => s + b.words, 0)).toBe(a.total.words);
    expect(a.bands.reduce((s, b) => s + b.units, 0)).toBe(50);
  });
});
