import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/random";
import { keysBound, queryBag, tokenBound } from "./bound";
import { retrievalKeys } from "./keys";
import { fuzzyScore } from "./score";
import { tokenizeTm } from "./tokenize";

const WORDS = ["सरकार", "ने", "कहा", "कि", "योजना", "किसान", "दिल्ली", "बजट", "में", "के", "की", "नई", "रुपये", "करोड़", "अदालत"];
const PLACEABLES = ["500", "1,00,000", "१२.५", "WHO", "Covid19", ",", "?", "₹"];

/** A random sentence of common words, numbers, Latin tokens and punctuation (repeats included). */
function sentence(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 14);
  const out: string[] = [];
  for (let i = 0; i < n; i++)
    out.push(rnd() < 0.7 ? WORDS[Math.floor(rnd() * WORDS.length)] : PLACEABLES[Math.floor(rnd() * PLACEABLES.length)]);
  return `${out.join(" ")}${rnd() < 0.8 ? "।" : ""}`;
}

/** A sentence with a few of its tokens replaced, dropped or added: the near-duplicates where bounds are tight. */
function edit(s: string, rnd: () => number): string {
  const w = s.split(" ");
  const edits = Math.floor(rnd() * 3);
  for (let e = 0; e < edits; e++) {
    const k = Math.floor(rnd() * w.length);
    const r = rnd();
    if (r < 0.4) w[k] = WORDS[Math.floor(rnd() * WORDS.length)];
    else if (r < 0.6) w.splice(k, 1);
    else if (r < 0.8) w.splice(k, 0, PLACEABLES[Math.floor(rnd() * PLACEABLES.length)]);
    else w.reverse();
  }
  return w.join(" ");
}

describe("score bounds", () => {
  it("never fall below the exact fuzzy score (6,000 random pairs, near and far)", () => {
    const rnd = seededRandom(17);
    let tight = 0;
    for (let i = 0; i < 6_000; i++) {
      const q = sentence(rnd);
      const s = rnd() < 0.5 ? edit(q, rnd) : sentence(rnd);
      const qt = tokenizeTm(q);
      const st = tokenizeTm(s);
      const score = fuzzyScore(qt, st, false);
      const bag = queryBag(qt);
      const byTokens = tokenBound(bag, st);
      const byKeys = keysBound(bag, retrievalKeys(st));
      expect(byTokens, `${q} | ${s}`).toBeGreaterThanOrEqual(score);
      expect(byKeys, `${q} | ${s}`).toBeGreaterThanOrEqual(score);
      if (byTokens === score) tight++;
    }
    // A bound that is rarely exact would prune little: on near-duplicates it mostly is.
    expect(tight).toBeGreaterThan(1_500);
  });

  it("is the score itself for a replaced word in order, and low for a sentence sharing only its placeables", () => {
    const q = tokenizeTm("सरकार ने नई योजना घोषित की।");
    const bag = queryBag(q);
    const near = tokenizeTm("सरकार ने नई नीति घोषित की।");
    // 6 words and a danda: W = 31 units, 5 words + the danda shared: 26 units; floor(100 × 26/31) = 83.
    expect(fuzzyScore(q, near, false)).toBe(83);
    expect(tokenBound(bag, near)).toBe(83);
    const far = tokenizeTm("अदालत में बजट 500 पर बहस हुई।");
    expect(tokenBound(bag, far)).toBeLessThan(20);
    // Without the entry's length the keys cannot tell it from a longer sentence: at most 50 when nothing is shared.
    expect(keysBound(bag, retrievalKeys(far))).toBe(50);
    expect(keysBound(bag, retrievalKeys(near))).toBe(Math.floor((100 * 31) / (31 + 5)));
  });

  it("bounds an empty query or entry by 0 (nothing to share)", () => {
    expect(tokenBound(queryBag([]), tokenizeTm("सरकार"))).toBe(0);
    expect(tokenBound(queryBag(tokenizeTm("सरकार")), [])).toBe(0);
    expect(keysBound(queryBag([]), [])).toBe(0);
  });
});
