import { describe, expect, it } from "vitest";
import { checkConsistency } from "./consistency";
import { buildMatcher } from "./matcher";
import type { GlossaryEntryInput } from "./types";

const entries: GlossaryEntryInput[] = [
  {
    id: "farmer",
    hindi: "किसान",
    english: [
      { text: "farmer", status: "preferred" },
      { text: "peasant", status: "forbidden" },
    ],
  },
  { id: "policy", hindi: "नीति", english: [{ text: "policy", status: "preferred" }] },
  {
    id: "goi",
    hindi: "भारत सरकार",
    english: [
      { text: "Government of India", status: "preferred" },
      { text: "Union government", status: "preferred" },
      { text: "government", status: "forbidden" },
    ],
  },
  { id: "aadhaar", hindi: "आधार", english: [{ text: "Aadhaar", status: "do-not-translate" }] },
  { id: "ministry", hindi: "मंत्रालय", english: [{ text: "ministry", status: "preferred" }] },
  {
    id: "say",
    hindi: "बताना",
    partOfSpeech: "verb",
    english: [
      { text: "to state", status: "preferred" },
      { text: "to tell", status: "forbidden" },
    ],
  },
  { id: "ban", hindi: "प्रतिबंध", english: [{ text: "sanctions", status: "preferred" }] },
];
const matcher = buildMatcher(entries);
const check = (hindi: string, english: string) => checkConsistency(matcher.match(hindi), entries, english);

describe("checkConsistency", () => {
  it("accepts the preferred term with regular English inflection", () => {
    expect(check("किसान आए", "The farmer came")).toEqual([]);
    expect(check("किसानों ने कहा", "Farmers said")).toEqual([]);
    expect(check("किसानों की ज़मीन", "the farmers' land")).toEqual([]);
    expect(check("नीतियाँ", "New policies")).toEqual([]);
    expect(check("मंत्रालय का", "The Ministry's decision")).toEqual([]);
  });

  it("accepts English inflection of verbs and nouns, including irregular forms", () => {
    expect(check("उन्होंने बताया", "He stated")).toEqual([]);
    expect(check("वे बताना चाहते हैं", "He wants to state")).toEqual([]);
    expect(check("प्रतिबंध लगा", "A sanction was imposed")).toEqual([]);
    expect(check("प्रतिबंधों के", "the sanctioned firms")).toEqual([]);
    expect(check("उन्होंने बताया", "He told us")).toEqual([
      { kind: "missing-term", entryId: "say", hindi: "बताना", expected: ["to state"] },
      { kind: "forbidden-term", entryId: "say", term: "to tell", start: 3, end: 7 },
    ]);
  });

  it("reports a missing term once per entry with all acceptable renderings", () => {
    expect(check("भारत सरकार ने, भारत सरकार को", "The Centre said")).toEqual([
      { kind: "missing-term", entryId: "goi", hindi: "भारत सरकार", expected: ["Government of India", "Union government"] },
    ]);
  });

  it("any alternative satisfies the entry, whole words only", () => {
    expect(check("भारत सरकार ने कहा", "The Union Government said")).toEqual([]);
    expect(check("किसान", "farmerly advice")).toEqual([expect.objectContaining({ kind: "missing-term", entryId: "farmer" })]);
  });

  it("reports a forbidden term with its offsets in the English", () => {
    const english = "The peasant and the peasants";
    expect(check("किसान", english)).toEqual([
      { kind: "missing-term", entryId: "farmer", hindi: "किसान", expected: ["farmer"] },
      { kind: "forbidden-term", entryId: "farmer", term: "peasant", start: 4, end: 11 },
      { kind: "forbidden-term", entryId: "farmer", term: "peasant", start: 20, end: 28 },
    ]);
  });

  it("does not flag a forbidden word inside an accepted longer rendering", () => {
    expect(check("भारत सरकार", "The Government of India decided")).toEqual([]);
    expect(check("भारत सरकार", "The government decided")).toEqual([
      expect.objectContaining({ kind: "missing-term" }),
      { kind: "forbidden-term", entryId: "goi", term: "government", start: 4, end: 14 },
    ]);
  });

  it("ignores forbidden terms of entries not in the source", () => {
    expect(check("नीति", "A policy for the peasant")).toEqual([]);
  });

  it("do-not-translate accepts the transliteration or the Hindi term itself", () => {
    expect(check("आधार कार्ड", "Aadhaar card")).toEqual([]);
    expect(check("आधार कार्ड", "आधार card")).toEqual([]);
    expect(check("आधार कार्ड", "basis card")).toEqual([
      { kind: "missing-term", entryId: "aadhaar", hindi: "आधार", expected: ["Aadhaar", "आधार"] },
    ]);
  });

  it("skips missing-term checks for an untranslated segment", () => {
    expect(check("किसान और नीति", "   ")).toEqual([]);
  });

  it("accepts entries as a Map", () => {
    const map = new Map(entries.map((e) => [e.id, e]));
    expect(checkConsistency(matcher.match("नीति"), map, "no match")).toHaveLength(1);
  });
});
