import { describe, expect, it } from "vitest";
import { findPattern, findRanges, MAX_FIND_LENGTH, replaceAllLiteral, splitByRanges } from "./find";

describe("findRanges", () => {
  it("finds every occurrence, case-insensitively unless asked", () => {
    expect(findRanges("The farmer and the field", "the")).toEqual([
      { start: 0, end: 3 },
      { start: 15, end: 18 },
    ]);
    expect(findRanges("The farmer and the field", "the", { matchCase: true })).toEqual([{ start: 15, end: 18 }]);
  });

  it("takes regex-looking text literally", () => {
    expect(findRanges("a.*b axxb (x) [y] $5 \\d", "a.*b")).toEqual([{ start: 0, end: 4 }]);
    expect(findRanges("a.*b axxb (x) [y] $5 \\d", "(x)")).toEqual([{ start: 10, end: 13 }]);
    expect(findRanges("a.*b axxb (x) [y] $5 \\d", "\\d")).toEqual([{ start: 21, end: 23 }]);
    expect(findRanges("aaaa", "a|b")).toEqual([]);
  });

  it("whole words: letters with their Devanagari signs count as word characters", () => {
    expect(findRanges("cat category cat_1 cat.", "cat", { wholeWord: true })).toEqual([
      { start: 0, end: 3 },
      { start: 19, end: 22 },
    ]);
    // किसान inside किसानों is not a whole word; alone it is.
    expect(findRanges("किसान किसानों", "किसान", { wholeWord: true })).toEqual([{ start: 0, end: 5 }]);
    expect(findRanges("किसान किसानों", "किसान")).toHaveLength(2);
  });

  it("finds nothing for an empty or oversized query", () => {
    expect(findRanges("text", "")).toEqual([]);
    expect(findPattern("x".repeat(MAX_FIND_LENGTH + 1))).toBeNull();
    expect(findPattern("x".repeat(MAX_FIND_LENGTH))).not.toBeNull();
  });

  it("stays linear on a pathological text (no backtracking on a literal)", () => {
    const text = "a".repeat(200_000);
    const started = performance.now();
    expect(findRanges(text, `${"a".repeat(30)}b`, { wholeWord: true })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("replaceAllLiteral", () => {
  it("replaces every occurrence and counts them", () => {
    expect(replaceAllLiteral("The cat and the Cat", "cat", "dog")).toEqual({ text: "The dog and the dog", count: 2 });
    expect(replaceAllLiteral("The cat and the Cat", "cat", "dog", { matchCase: true })).toEqual({ text: "The dog and the Cat", count: 1 });
  });

  it("inserts $& and $1 as written, never as references to the match", () => {
    expect(replaceAllLiteral("price 5", "5", "$&$1$$")).toEqual({ text: "price $&$1$$", count: 1 });
  });

  it("leaves a text without the query alone", () => {
    expect(replaceAllLiteral("nothing here", "zzz", "x")).toEqual({ text: "nothing here", count: 0 });
  });
});

describe("splitByRanges", () => {
  it("alternates plain text and hits, with their offsets", () => {
    expect(splitByRanges("a cat sat", findRanges("a cat sat", "at"))).toEqual([
      { text: "a c", hit: false, at: 0 },
      { text: "at", hit: true, at: 3 },
      { text: " s", hit: false, at: 5 },
      { text: "at", hit: true, at: 7 },
    ]);
  });
});
