import { describe, expect, it } from "vitest";
import { prepareQuery, rankMatches, type TmCandidate } from "./rank";
import { normaliseTmSource } from "./tokenize";

let nextId = 1;
function entry(source: string, target: string, extra: Partial<TmCandidate> = {}): TmCandidate {
  return {
    id: nextId++,
    source,
    target,
    sourceNorm: normaliseTmSource(source),
    status: "translated",
    prev: null,
    next: null,
    updatedAt: new Date("2026-12-01T00:00:00Z"),
    ...extra,
  };
}

describe("rankMatches", () => {
  const text = "सरकार ने 700 करोड़ रुपये की योजना घोषित की।";

  it("orders by score, then approved before translated, then newer first", () => {
    const exactOld = entry(text, "old", { updatedAt: new Date("2026-01-01T00:00:00Z") });
    const exactNew = entry(text, "new", { updatedAt: new Date("2026-06-01T00:00:00Z") });
    const exactApproved = entry(text, "approved", { status: "approved", updatedAt: new Date("2025-01-01T00:00:00Z") });
    const fuzzy = entry("सरकार ने 500 करोड़ रुपये की योजना घोषित की।", "Rs 500 crore", { status: "approved" });
    const matches = rankMatches(prepareQuery({ text }), text, [fuzzy, exactOld, exactNew, exactApproved], { min: 50, limit: 10 });
    expect(matches.map((m) => m.candidate.target)).toEqual(["approved", "new", "old", "Rs 500 crore"]);
    expect(matches.map((m) => m.score)).toEqual([100, 100, 100, 97]);
  });

  it("substitutes the number of a fuzzy match and marks it", () => {
    const fuzzy = entry("सरकार ने 500 करोड़ रुपये की योजना घोषित की।", "A scheme of Rs 500 crore.");
    const [m] = rankMatches(prepareQuery({ text }), text, [fuzzy], { min: 50, limit: 3 });
    expect(m.english).toBe("A scheme of Rs 700 crore.");
    expect(m.substitution.substituted).toBe(true);
    expect(m.candidate.target).toBe("A scheme of Rs 500 crore.");
  });

  it("gives 101 to the exact match whose neighbours match", () => {
    const plain = entry(text, "plain", { status: "approved" });
    const withContext = entry(text, "context", { prev: "p", next: "n" });
    const matches = rankMatches(prepareQuery({ text, prev: "p", next: "n" }), text, [plain, withContext], { min: 0, limit: 3 });
    expect(matches.map((m) => [m.candidate.target, m.score])).toEqual([
      ["context", 101],
      ["plain", 100],
    ]);
  });

  it("drops matches under the minimum and keeps at most the limit", () => {
    const far = entry("आज मौसम साफ रहेगा।", "far");
    const near = (n: number) => entry(text.replace("700", String(n)), `t${n}`);
    const matches = rankMatches(prepareQuery({ text }), text, [far, near(1), near(2), near(3)], { min: 50, limit: 2 });
    expect(matches).toHaveLength(2);
    expect(matches.every((m) => m.candidate.target !== "far")).toBe(true);
  });

  it("is deterministic: equal candidates fall back to the smaller id", () => {
    const a = entry(text, "a");
    const b = entry(text, "b", { id: a.id + 100 });
    const one = rankMatches(prepareQuery({ text }), text, [b, a], { min: 0, limit: 2 });
    const two = rankMatches(prepareQuery({ text }), text, [a, b], { min: 0, limit: 2 });
    expect(one.map((m) => m.candidate.id)).toEqual(two.map((m) => m.candidate.id));
    expect(one[0].candidate.id).toBe(a.id);
  });
});
