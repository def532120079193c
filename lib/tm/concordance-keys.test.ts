import { describe, expect, it } from "vitest";
import { seededRandom } from "@/lib/random";
import { concordanceKeys, foldKeyCase, isCaseless, phraseKeys } from "./concordance-keys";
import { keyHash } from "./keys";

const subset = (small: number[], big: number[]) => small.every((k) => big.includes(k));

describe("concordanceKeys", () => {
  it("keys each space of the Hindi and of the English by two characters either side, the English without case", () => {
    expect(concordanceKeys("सरकार ने नई", "The NEW scheme")).toEqual(["ार ने", "ने नई", "he ne", "ew sc"].map(keyHash));
    // Characters are code points, as PostgreSQL counts them: a Devanagari matra is one.
    expect(concordanceKeys("किसानों को", "")).toEqual([keyHash("ों को")]);
  });

  it("folds only the case PostgreSQL's lower() folds to ASCII (K and İ included)", () => {
    expect(foldKeyCase("ABC \u212A\u0130 Éa")).toBe("abc ki Éa");
  });
});

describe("phraseKeys", () => {
  it("is null where the boundaries cannot be known: one word, a one-letter end, two spaces, a cased non-ASCII boundary", () => {
    expect(phraseKeys("सरकार", false)).toBeNull();
    expect(phraseKeys("क सरकार", false)).toBeNull();
    expect(phraseKeys("सरकार क", false)).toBeNull();
    expect(phraseKeys("नई  योजना", false)).toBeNull();
    expect(phraseKeys("café noir", true)).toBeNull();
    // Only the characters at a boundary matter, and a one-letter word in the middle is whole.
    expect(phraseKeys("défi au now", true)).not.toBeNull();
    expect(phraseKeys("नई व योजना", false)).toEqual(["नई व", "व यो"].map(keyHash));
  });

  it("are a subset of the keys of every text containing the phrase (Hindi exactly, English without case) — 2,000 random cases", () => {
    const rnd = seededRandom(17);
    const alphabet = ["क", "ा", "ि", "ं", "न", "a", "B", "c", "D", "1", ",", "।", "\u212A", "k", "İ", "i", "é", "É", " ", " ", " "];
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)];
    let keyed = 0;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 5 + Math.floor(rnd() * 40) }, pick).join("");
      const chars = Array.from(text);
      const from = Math.floor(rnd() * chars.length);
      const phrase = chars.slice(from, from + 2 + Math.floor(rnd() * 12)).join("");
      const hindi = phraseKeys(phrase, false);
      if (hindi) {
        keyed++;
        expect(subset(hindi, concordanceKeys(text, "")), `${phrase} in ${text}`).toBe(true);
      }
      // ILIKE's view: PostgreSQL lowers both sides (here as its libc does for this alphabet: K→k, İ→i).
      const lower = (s: string) =>
        s
          .replace(/\u212A/g, "k")
          .replace(/\u0130/g, "i")
          .toLowerCase();
      const asked = rnd() < 0.5 ? phrase.toUpperCase().replace(/İ/g, "i") : lower(phrase);
      if (!lower(text).includes(lower(asked))) continue;
      const english = phraseKeys(asked, true);
      if (english) expect(subset(english, concordanceKeys("", text)), `${asked} in ${text}`).toBe(true);
    }
    expect(keyed).toBeGreaterThan(150);
  });
});

describe("isCaseless", () => {
  it("holds for Devanagari, digits, punctuation and spaces, never for a letter with a case", () => {
    expect(isCaseless("सरकार ने 2024 में, ₹")).toBe(false); // ₹ is outside ASCII and Devanagari: not known to be caseless
    expect(isCaseless("सरकार ने २०२४ में, 50% _ ।")).toBe(true);
    expect(isCaseless("")).toBe(true);
    for (const cased of ["a", "Z", "सरकार B", "é", "\u212A", "\u0130", "Ω", "ß"]) expect(isCaseless(cased), cased).toBe(false);
  });

  it("agrees with lower(): a caseless text is left as it is", () => {
    const rnd = seededRandom(3);
    for (let i = 0; i < 2_000; i++) {
      const c = String.fromCodePoint(Math.floor(rnd() * 0x0980));
      if (isCaseless(c)) expect(c.toLowerCase(), c).toBe(c);
    }
  });
});
