import { describe, expect, it } from "vitest";
import { CONTEXT, contextScore, EXACT, fuzzyScore, PLACEABLE_WEIGHT, tokenDistance } from "./score";
import { normaliseTmSource, tokenizeTm } from "./tokenize";

function score(query: string, stored: string): number {
  return fuzzyScore(tokenizeTm(query), tokenizeTm(stored), normaliseTmSource(query) === normaliseTmSource(stored));
}

const base = "प्रधानमंत्री ने आज दिल्ली में नई योजना की घोषणा की।";

describe("fuzzyScore", () => {
  it("is 100 for identical normalised text, including spelling variants the folding removes", () => {
    expect(score(base, base)).toBe(EXACT);
    expect(score("हिन्दी भाषा का ज़माना है।", "हिंदी भाषा का जमाना है।")).toBe(EXACT);
    expect(score("वर्ष २०२४ में", "वर्ष 2024 में")).toBe(EXACT);
  });

  it("is never 100 for different normalised text, even when the tokens agree", () => {
    // Only the space before the danda differs: same tokens, different text.
    expect(score("यह सही है ।", "यह सही है।")).toBe(99);
  });

  it("follows the formula: one word replaced in ten words and one danda", () => {
    // 10 words + danda: W = 10.2 on both sides; one word replaced costs 1 → floor(100 × (1 − 1/10.2)) = 90.
    const other = "प्रधानमंत्री ने आज मुंबई में नई योजना की घोषणा की।";
    expect(score(other, base)).toBe(Math.floor(100 * (1 - 1 / 10.2)));
    expect(score(other, base)).toBe(90);
  });

  it("makes a different number cost little (a placeable), much less than a different word", () => {
    const a = "सरकार ने 500 करोड़ रुपये की योजना घोषित की।";
    const number = "सरकार ने 700 करोड़ रुपये की योजना घोषित की।";
    const word = "सरकार ने पाँच करोड़ रुपये की योजना घोषित की।";
    // 8 words + number + danda = 8.4; a number for a number costs 0.2 → floor(100 × (1 − 0.2/8.4)) = 97.
    expect(score(number, a)).toBe(97);
    expect(score(word, a)).toBeLessThan(score(number, a));
    // A word for a number costs the word's 1, and the longer side (9 words + danda = 9.2) is the divisor.
    expect(score(word, a)).toBe(Math.floor(100 * (1 - 1 / 9.2)));
  });

  it("treats a different Latin token and different punctuation as placeables too", () => {
    const a = "WHO ने चेतावनी दी है।";
    expect(score("UNICEF ने चेतावनी दी है।", a)).toBe(Math.floor(100 * (1 - PLACEABLE_WEIGHT / 4.4)));
    expect(score("WHO ने चेतावनी दी है!", a)).toBe(Math.floor(100 * (1 - PLACEABLE_WEIGHT / 4.4)));
  });

  it("is symmetric and falls with every extra difference", () => {
    const one = "प्रधानमंत्री ने कल दिल्ली में नई योजना की घोषणा की।";
    const two = "प्रधानमंत्री ने कल मुंबई में नई योजना की घोषणा की।";
    expect(score(one, base)).toBe(score(base, one));
    expect(score(two, base)).toBeLessThan(score(one, base));
  });

  it("scores unrelated sentences low and empty text 0", () => {
    expect(score("आज मौसम साफ रहेगा।", base)).toBeLessThan(30);
    expect(fuzzyScore([], [], false)).toBe(0);
  });

  it("counts an extra word as one insertion", () => {
    // W = max(10.2, 11.2) = 11.2 → floor(100 × (1 − 1/11.2)) = 91.
    expect(score("प्रधानमंत्री ने आज दिल्ली में एक नई योजना की घोषणा की।", base)).toBe(91);
  });
});

describe("tokenDistance", () => {
  it("returns the alignment with same, replace, insert and delete", () => {
    const { distance, ops } = tokenDistance(tokenizeTm("राम घर गया"), tokenizeTm("राम आज दफ़्तर गया"), true);
    expect(distance).toBe(2);
    expect(ops?.map((o) => o.op).sort()).toEqual(["insert", "replace", "same", "same"]);
    expect(ops?.[0]).toEqual({ op: "same", a: 0, b: 0 });
    expect(ops?.[3]).toEqual({ op: "same", a: 2, b: 3 });
  });

  it("gives the same distance with and without the alignment", () => {
    const a = tokenizeTm("सरकार ने 500 करोड़ रुपये दिए।");
    const b = tokenizeTm("सरकार ने कल 700 करोड़ दिए");
    expect(tokenDistance(a, b).distance).toBeCloseTo(tokenDistance(a, b, true).distance, 9);
  });
});

describe("contextScore", () => {
  it("makes an exact match 101 only when previous and next both match", () => {
    expect(contextScore(EXACT, { prev: "a", next: "b" }, { prev: "a", next: "b" })).toBe(CONTEXT);
    expect(contextScore(EXACT, { prev: "a", next: "b" }, { prev: "a", next: "c" })).toBe(EXACT);
    expect(contextScore(EXACT, { prev: "x", next: "b" }, { prev: "a", next: "b" })).toBe(EXACT);
  });

  it("treats the start of a document (the empty sentence before it) as context that can match", () => {
    expect(contextScore(EXACT, { prev: "", next: "b" }, { prev: "", next: "b" })).toBe(CONTEXT);
  });

  it("never gives 101 when a side's context is unknown (null)", () => {
    expect(contextScore(EXACT, { prev: null, next: null }, { prev: null, next: null })).toBe(EXACT);
    expect(contextScore(EXACT, { prev: "a", next: "b" }, { prev: null, next: null })).toBe(EXACT);
  });

  it("leaves fuzzy scores alone", () => {
    expect(contextScore(97, { prev: "a", next: "b" }, { prev: "a", next: "b" })).toBe(97);
  });
});
