import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/random";
import { retrievalKeys } from "./keys";
import { prepareQuery, rankMatches, type TmCandidate } from "./rank";
import { fuzzyScore } from "./score";
import { normaliseTmSource, tokenizeTm } from "./tokenize";

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

describe("rankMatches skips what its bound rules out, and returns what scoring every candidate would", () => {
  /** The ranking without bounds: every candidate scored, sorted, cut (what rankMatches did before the bounds). */
  function everyCandidate(text: string, candidates: TmCandidate[], opts: { min: number; limit: number }) {
    const query = prepareQuery({ text });
    return candidates
      .map((c) => ({ c, score: fuzzyScore(query.tokens, tokenizeTm(c.source), c.sourceNorm === query.norm) }))
      .filter((m) => m.score >= opts.min)
      .sort(
        (x, y) =>
          y.score - x.score ||
          (x.c.status === y.c.status ? 0 : x.c.status === "approved" ? -1 : 1) ||
          y.c.updatedAt.getTime() - x.c.updatedAt.getTime() ||
          x.c.id - y.c.id,
      )
      .slice(0, opts.limit)
      .map((m) => [m.c.id, m.score]);
  }

  it("still scores a candidate whose bound only ties the match kept: it may win on status, date or id", () => {
    const text = "सरकार ने नई योजना घोषित की।";
    const source = "सरकार ने नई नीति घोषित की।";
    // The same source twice: equal bounds and equal scores (83, the bound itself), the approved one listed second.
    const translated = { ...entry(source, "translated"), keys: retrievalKeys(tokenizeTm(source)) };
    const approved = { ...entry(source, "approved", { status: "approved" }), keys: retrievalKeys(tokenizeTm(source)) };
    const [best] = rankMatches(prepareQuery({ text }), text, [translated, approved], { min: 50, limit: 1 });
    expect([best.candidate.target, best.score]).toEqual(["approved", 83]);
    // Two 101s: the first one kept, the second's bound (101) equals it and it wins on status.
    const context = { prev: "p", next: "n" };
    const first = entry(text, "translated 101", context);
    const second = entry(text, "approved 101", { ...context, status: "approved" });
    const [top] = rankMatches(prepareQuery({ text, ...context }), text, [first, second], { min: 50, limit: 1 });
    expect([top.candidate.target, top.score]).toEqual(["approved 101", 101]);
  });

  it("on 300 random queries with near, far, tied and keyless candidates", () => {
    const rnd = seededRandom(5);
    const words = ["सरकार", "ने", "कहा", "कि", "योजना", "किसान", "दिल्ली", "बजट", "में", "के", "नई", "रुपये", "500", "700", "WHO", ","];
    const pick = () => words[Math.floor(rnd() * words.length)];
    for (let i = 0; i < 300; i++) {
      const text = `${Array.from({ length: 3 + Math.floor(rnd() * 8) }, pick).join(" ")}।`;
      const candidates = Array.from({ length: 1 + Math.floor(rnd() * 30) }, () => {
        const w = text.replace(/।$/, "").split(" ");
        const edits = Math.floor(rnd() * 5);
        for (let e = 0; e < edits; e++) w[Math.floor(rnd() * w.length)] = pick();
        const source = rnd() < 0.2 ? `${Array.from({ length: 5 }, pick).join(" ")}।` : `${w.join(" ")}।`;
        const c = entry(source, source, {
          status: rnd() < 0.3 ? "approved" : "translated",
          // Few distinct dates, so that equal scores are often decided by status, date or id.
          updatedAt: new Date(Date.UTC(2026, 0, 1 + Math.floor(rnd() * 3))),
        });
        return rnd() < 0.8 ? { ...c, keys: retrievalKeys(tokenizeTm(source)) } : c;
      });
      for (const opts of [
        { min: 50, limit: 1 },
        { min: 0, limit: 3 },
        { min: 75, limit: 3 },
      ]) {
        const ranked = rankMatches(prepareQuery({ text }), text, candidates, opts).map((m) => [m.candidate.id, m.score]);
        expect(ranked, text).toEqual(everyCandidate(text, candidates, opts));
      }
    }
  });
});
