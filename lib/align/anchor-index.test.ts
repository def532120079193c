import { describe, expect, it } from "vitest";
import { buildAnchorIndex } from "./anchor-index";
import { anchorScore } from "./anchors";

const HI = ["मोदी दिल्ली पहुँचे।", "उन्होंने 3 बैठकें कीं।", "कुल 450 मामले दर्ज हुए।"];
const EN = ["Modi reached Delhi.", "He held 3 meetings.", "A total of 120 cases were recorded."];

describe("AnchorIndex", () => {
  it("scores beads exactly like anchorScore", () => {
    const index = buildAnchorIndex(HI, EN);
    for (const [i0, i1, j0, j1] of [
      [0, 1, 0, 1],
      [0, 2, 0, 1],
      [1, 2, 1, 2],
      [2, 3, 2, 3],
      [0, 1, 1, 2],
    ]) {
      expect(index.score(i0, i1, j0, j1)).toBeCloseTo(anchorScore(HI.slice(i0, i1), EN.slice(j0, j1)), 10);
    }
  });

  it("reports unmatched anchors as conflict, and none for anchor-free beads", () => {
    const index = buildAnchorIndex([...HI, "यह अच्छा है।"], [...EN, "This is good."]);
    index.score(2, 3, 2, 3);
    expect(index.lastConflict).toBe(1);
    index.score(3, 4, 3, 4);
    expect(index.lastConflict).toBe(0);
  });

  it("lists anchors unique to one sentence per side as landmarks", () => {
    expect(buildAnchorIndex(HI, EN).uniquePairs()).toEqual([
      [0, 0],
      [0, 0],
      [1, 1],
    ]);
  });
});
