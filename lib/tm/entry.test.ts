import { describe, expect, it } from "vitest";
import { describeEntry, rarestPairs } from "./entry";
import { keyHash, retrievalKeys } from "./keys";
import { tokenizeTm } from "./tokenize";

describe("retrievalKeys", () => {
  it("hashes each distinct content word once and leaves numbers and punctuation out", () => {
    const keys = retrievalKeys(tokenizeTm("WHO ने 500 लोगों को कहा, लोगों को।"));
    expect(keys).toEqual([keyHash("who"), keyHash("ने"), keyHash("लोगों"), keyHash("को"), keyHash("कहा")]);
  });

  it("gives spelling variants the same keys (the folded word is hashed)", () => {
    expect(retrievalKeys(tokenizeTm("हिन्दी ज़मीन"))).toEqual(retrievalKeys(tokenizeTm("हिंदी जमीन")));
  });

  it("is a 32-bit signed integer, as PostgreSQL's int4 wants", () => {
    for (const w of ["क", "सरकार", "प्रधानमंत्री", "x"]) {
      expect(Number.isInteger(keyHash(w))).toBe(true);
      expect(Math.abs(keyHash(w))).toBeLessThanOrEqual(2 ** 31);
    }
  });
});

describe("rarestPairs", () => {
  it("pairs the five rarest keys (10 pairs), rarest first", () => {
    const freq = new Map([
      [1, 0.5],
      [2, 0.4],
      [3, 0.3],
    ]);
    const pairs = rarestPairs([1, 2, 3, 4, 5, 6, 7], (k) => freq.get(k) ?? 0);
    expect(pairs).toHaveLength(10);
    expect(pairs.flat()).not.toContain(1);
    expect(pairs.flat()).not.toContain(2);
    expect(pairs[0]).toEqual([4, 5]);
  });

  it("falls back to the single key of a one-word sentence, and to nothing for none", () => {
    expect(rarestPairs([9], () => 0)).toEqual([[9]]);
    expect(rarestPairs([], () => 0)).toEqual([]);
  });
});

describe("describeEntry", () => {
  it("normalises the neighbours; the document's edge is the empty sentence and unknown stays null", () => {
    const e = describeEntry("हिन्दी है।", "", null);
    expect(e.sourceNorm).toBe("हिंदी है।");
    expect(e.prevNorm).toBe("");
    expect(e.nextNorm).toBeNull();
  });
});
