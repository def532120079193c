import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import hi from "@/messages/hi.json";
import { qaCheckIds, qaCodes, qaSeverities } from "./types";

describe("QA messages", () => {
  it("name every check, severity and code in English and Hindi", () => {
    for (const messages of [en, hi]) {
      expect(Object.keys(messages.qa.checks).sort()).toEqual([...qaCheckIds].sort());
      expect(Object.keys(messages.qa.severity).sort()).toEqual([...qaSeverities].sort());
      expect(Object.keys(messages.qa.codes).sort()).toEqual(Object.keys(qaCodes).sort());
    }
  });
  it("are real Hindi, not English copies", () => {
    for (const [code, text] of Object.entries(hi.qa.codes)) {
      expect(text, code).toMatch(/[\u0900-\u097F]/);
      expect(text, code).not.toBe(en.qa.codes[code as keyof typeof en.qa.codes]);
    }
  });
});
