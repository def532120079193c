import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/glossary/matcher";
import type { GlossaryEntryInput } from "@/lib/glossary/types";
import { checkTerms, keptInDevanagari } from "./term";

const entries: GlossaryEntryInput[] = [
  {
    id: "kisan",
    hindi: "किसान",
    english: [
      { text: "farmer", status: "preferred" },
      { text: "peasant", status: "forbidden" },
    ],
  },
  { id: "panchayat", hindi: "पंचायत", english: [{ text: "panchayat", status: "do-not-translate" }] },
];
const matcher = buildMatcher(entries);
const byId = new Map(entries.map((e) => [e.id, e]));
const check = (hindi: string, english: string) => checkTerms(matcher.match(hindi), byId, english);

describe("term", () => {
  it("passes the preferred term, inflected", () => {
    expect(check("किसानों ने कहा", "The farmers said")).toEqual([]);
  });
  it("flags a missing preferred term as an error", () => {
    expect(check("किसानों ने कहा", "The growers said")).toEqual([
      expect.objectContaining({
        check: "term",
        code: "termMissing",
        severity: "error",
        params: { hindi: "किसान", english: "farmer" },
        key: "termMissing:kisan",
      }),
    ]);
  });
  it("flags a forbidden term", () => {
    expect(check("किसान आया", "The farmer, a peasant, came").map((i) => i.code)).toEqual(["termForbidden"]);
  });
  it("accepts a do-not-translate term kept in Devanagari and names it for the untranslated check", () => {
    expect(check("पंचायत बैठी", "The पंचायत met")).toEqual([]);
    expect(keptInDevanagari(matcher.match("पंचायत बैठी"), byId)).toContain("पंचायत");
  });
  it("has nothing to check without glossary matches", () => {
    expect(check("बारिश हुई", "It rained")).toEqual([]);
  });
});
