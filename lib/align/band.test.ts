import { describe, expect, it } from "vitest";
import { anchorKnots, bandAroundPath, cellIndex, guideThrough, longestChain } from "./band";

const cum = (lengths: number[]) => Float64Array.from([0, ...lengths.map((_, k) => lengths.slice(0, k + 1).reduce((a, b) => a + b, 0))]);

describe("longestChain", () => {
  it("keeps the longest monotone chain and never two pairs of one row", () => {
    expect(
      longestChain([
        [0, 0],
        [1, 5],
        [2, 1],
        [2, 2],
        [3, 3],
      ]),
    ).toEqual([
      [0, 0],
      [2, 1],
      [3, 3],
    ]);
  });
});

describe("guideThrough", () => {
  it("follows cumulative length between knots", () => {
    const f = guideThrough(
      [
        [0, 0],
        [2, 2],
      ],
      cum([10, 30]),
      cum([30, 10]),
    );
    expect(f[1]).toBeCloseTo(1 / 3, 5); // a quarter of the Hindi length is a third of the first English sentence
    expect(f[2]).toBe(2);
  });
});

describe("anchorKnots", () => {
  it("ignores an anchor pair far off the length diagonal", () => {
    const hi = cum(Array(100).fill(10));
    const en = cum(Array(100).fill(10));
    expect(
      anchorKnots(
        [
          [10, 10],
          [20, 90],
          [50, 52],
        ],
        hi,
        en,
        20,
      ),
    ).toEqual([
      [0, 0],
      [10, 10],
      [11, 11],
      [50, 52],
      [51, 53],
      [100, 100],
    ]);
  });
});

describe("bandAroundPath", () => {
  it("covers the path and keeps consecutive rows overlapping", () => {
    const beads = [
      { hi: [0, 1], en: [0] },
      { hi: [], en: [1, 2] },
      { hi: [2], en: [3, 4] },
    ].map((b) => ({ ...b, confidence: 1 }));
    const band = bandAroundPath(beads, 3, 5, 0);
    for (const [i, j] of [
      [0, 0],
      [2, 1],
      [2, 3],
      [3, 5],
    ])
      expect(cellIndex(band, i, j)).toBeGreaterThanOrEqual(0);
    for (let i = 1; i <= 3; i++) expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i - 1] + 2);
  });
});
