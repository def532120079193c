import { describe, expect, it } from "vitest";
import { isValidPartition, linkScores } from "./evaluate";

describe("linkScores", () => {
  it("is perfect for identical alignments", () => {
    const gold = [
      { hi: [0], en: [0] },
      { hi: [1, 2], en: [1] },
      { hi: [3], en: [] },
    ];
    expect(linkScores(gold, gold)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it("rewards a correct omission through its null link", () => {
    const gold = [
      { hi: [0], en: [0] },
      { hi: [1], en: [] },
    ];
    const merged = [{ hi: [0, 1], en: [0] }];
    const s = linkScores(merged, gold);
    expect(s.precision).toBe(0.5); // 0-0 right, 1-0 wrong
    expect(s.recall).toBe(0.5); // 1-null missed
  });

  it("counts every pair inside a 2:2 bead", () => {
    const s = linkScores(
      [{ hi: [0, 1], en: [0, 1] }],
      [
        { hi: [0], en: [0] },
        { hi: [1], en: [1] },
      ],
    );
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
  });
});

describe("isValidPartition", () => {
  it("accepts consecutive coverage and rejects gaps", () => {
    expect(
      isValidPartition(
        [
          { hi: [0], en: [] },
          { hi: [1], en: [0] },
        ],
        2,
        1,
      ),
    ).toBe(true);
    expect(isValidPartition([{ hi: [0], en: [1] }], 1, 2)).toBe(false);
    expect(isValidPartition([{ hi: [], en: [] }], 0, 0)).toBe(false);
  });
});
