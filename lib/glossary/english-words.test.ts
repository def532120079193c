import { describe, expect, it } from "vitest";
import { compileEnglishTerm, englishVariants, tokenizeEnglish } from "./english-words";

const find = (term: string, text: string) => compileEnglishTerm(term).find(tokenizeEnglish(text));
const accepts = (term: string, word: string) => find(term, word).length === 1;

describe("compileEnglishTerm", () => {
  it("matches regular inflections and possessives, case-insensitively", () => {
    expect(find("farmer", "Farmers’ and farmer's and FARMER")).toEqual([
      [0, 8],
      [13, 21],
      [26, 32],
    ]);
    expect(find("policy", "policies")).toHaveLength(1);
    expect(find("irrigate", "irrigating, irrigated")).toHaveLength(2);
  });

  it("matches whole words and whole phrases only", () => {
    expect(find("farm", "farmer farmhouse")).toEqual([]);
    expect(find("Government of India", "government of india's plan; government in India")).toEqual([[0, 21]]);
  });

  it("a verb cited with 'to' is found with or without it, in any form", () => {
    expect(find("to state", "He stated that")).toEqual([[3, 9]]);
    expect(find("to state", "He wants to state it")).toEqual([[9, 17]]);
    expect(find("to say", "they said")).toHaveLength(1);
    expect(find("to", "to go")).toEqual([[0, 2]]);
  });

  it("inflects every word of a phrase", () => {
    expect(find("impose sanction", "They imposed sanctions")).toEqual([[5, 22]]);
    expect(find("seize asset", "assets were seized")).toEqual([]);
  });
});

describe("englishVariants", () => {
  it.each([
    ["sanction", ["sanctions", "sanctioned", "sanctioning"]],
    ["exercise", ["exercises", "exercised", "exercising"]],
    ["tax", ["taxes", "taxed"]],
    ["hero", ["heroes"]],
    ["ban", ["banned", "banning", "bans"]],
    ["refer", ["referred", "referring"]],
    ["panic", ["panicked", "panicking"]],
    ["rely", ["relies", "relied"]],
    ["tie", ["tying", "tied"]],
    ["crisis", ["crises"]],
    ["nucleus", ["nuclei"]],
    ["index", ["indices"]],
    ["chairman", ["chairmen"]],
    ["leaf", ["leaves"]],
    ["knife", ["knives"]],
  ])("regular: %s → %j", (word, forms) => {
    for (const form of forms) expect(accepts(word, form)).toBe(true);
  });

  it.each([
    ["child", ["children"]],
    ["woman", ["women"]],
    ["criterion", ["criteria"]],
    ["take", ["took", "taken", "takes", "taking"]],
    ["withdraw", ["withdrew", "withdrawn"]],
    ["seek", ["sought"]],
    ["bring", ["brought"]],
    ["pay", ["paid"]],
  ])("irregular: %s → %j", (word, forms) => {
    for (const form of forms) expect(accepts(word, form)).toBe(true);
  });

  it("an inflected glossary term also accepts its base word and that word's forms", () => {
    for (const form of ["sanction", "sanctioned"]) expect(accepts("sanctions", form)).toBe(true);
    for (const form of ["exercise", "exercises", "exercising"]) expect(accepts("exercised", form)).toBe(true);
    for (const form of ["ban", "bans"]) expect(accepts("banned", form)).toBe(true);
    for (const form of ["policy", "policies"]) expect(accepts("policies", form)).toBe(true);
    for (const form of ["take", "taking", "took"]) expect(accepts("taken", form)).toBe(true);
    expect(accepts("children", "child")).toBe(true);
  });

  it("does not turn a word into a different one", () => {
    expect(accepts("news", "new")).toBe(false);
    expect(accepts("means", "mean")).toBe(false);
    expect(accepts("evening", "even")).toBe(false);
    expect(accepts("farm", "farmer")).toBe(false);
    expect(accepts("strong", "stronger")).toBe(false);
    expect(accepts("bus", "bu")).toBe(false);
    expect(accepts("crisis", "crisi")).toBe(false);
    expect(accepts("wound", "wind")).toBe(false);
    expect(englishVariants("sing").has("s")).toBe(false);
  });
});
