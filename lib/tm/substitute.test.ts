import { describe, expect, it } from "vitest";
import { substitutePlaceables } from "./substitute";

describe("substitutePlaceables", () => {
  it("replaces the one differing number in the English and says so", () => {
    const r = substitutePlaceables(
      "सरकार ने 700 करोड़ रुपये की योजना घोषित की।",
      "सरकार ने 500 करोड़ रुपये की योजना घोषित की।",
      "The government announced a scheme of Rs 500 crore.",
    );
    expect(r).toEqual({
      substituted: true,
      english: "The government announced a scheme of Rs 700 crore.",
      substitutions: [{ kind: "number", from: "500", to: "700" }],
    });
  });

  it("writes Devanagari digits as ASCII and keeps the English's grouping style", () => {
    const western = substitutePlaceables("कुल २,५०,००० लोग आए।", "कुल 1,00,000 लोग आए।", "In all, 100,000 people came.");
    expect(western.english).toBe("In all, 250,000 people came.");
    const indian = substitutePlaceables("कुल २,५०,००० लोग आए।", "कुल 1,00,000 लोग आए।", "In all, 1,00,000 people came.");
    expect(indian.english).toBe("In all, 2,50,000 people came.");
  });

  it("finds the stored number in the English whatever its grouping", () => {
    const r = substitutePlaceables("वर्ष 2025 में", "वर्ष २०२४ में", "In 2024");
    expect(r.english).toBe("In 2025");
    expect(r.substituted).toBe(true);
  });

  it("replaces a differing Latin token, case-insensitively in the English, as written in the new Hindi", () => {
    const r = substitutePlaceables("UNICEF ने चेतावनी दी है।", "WHO ने चेतावनी दी है।", "The WHO has warned.");
    expect(r).toMatchObject({ substituted: true, english: "The UNICEF has warned." });
  });

  it("replaces two numbers without mistaking the first replacement for the second's target", () => {
    const r = substitutePlaceables("5 से 7 तक", "3 से 5 तक", "from 3 to 5");
    expect(r.english).toBe("from 5 to 7");
  });

  it("refuses when a word differs too", () => {
    const r = substitutePlaceables("सरकार ने 700 करोड़ रुपये दिए।", "सरकार ने 500 करोड़ रुपये लिए।", "The government took Rs 500 crore.");
    expect(r).toEqual({ substituted: false, english: "The government took Rs 500 crore." });
  });

  it("refuses when the number is not in the English, or is there twice", () => {
    expect(substitutePlaceables("700 लोग", "500 लोग", "five hundred people").substituted).toBe(false);
    expect(substitutePlaceables("700 लोग", "500 लोग", "500 people, 500 more").substituted).toBe(false);
  });

  it("refuses a number that became a Latin token (different kinds)", () => {
    expect(substitutePlaceables("ABC लोग", "500 लोग", "500 people").substituted).toBe(false);
  });

  it("has nothing to substitute when the tokens are the same", () => {
    expect(substitutePlaceables("500 लोग", "५०० लोग", "500 people")).toEqual({ substituted: false, english: "500 people" });
  });
});
