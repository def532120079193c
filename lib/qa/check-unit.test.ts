import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/glossary/matcher";
import type { GlossaryEntryInput } from "@/lib/glossary/types";
import { checkUnit, openCounts } from "./check-unit";
import { qaCheckIds, qaCodes } from "./types";

const entries: GlossaryEntryInput[] = [{ id: "sena", hindi: "सैनिक", english: [{ text: "soldier", status: "preferred" }] }];
const glossary = { matcher: buildMatcher(entries), byId: new Map(entries.map((e) => [e.id, e])) };

describe("checkUnit", () => {
  it("finds nothing in a good translation", () => {
    expect(checkUnit({ hindi: ["2,00,000 सैनिकों ने हिस्सा लिया।"], english: "200,000 soldiers took part." }, { glossary })).toEqual([]);
  });
  it("reports the reviewer's case: a wrong number and a missing term", () => {
    const issues = checkUnit({ hindi: ["2,00,000 सैनिकों ने हिस्सा लिया।"], english: "20,000 troops took part." }, { glossary });
    expect(issues.map((i) => i.code)).toEqual(["numberMismatch", "termMissing"]);
  });
  it("joins the sentences of a multi-sentence unit", () => {
    expect(checkUnit({ hindi: ["पहला वाक्य।", "ISRO ने कहा।"], english: "First sentence. ISRO said." })).toEqual([]);
  });
  it("reports only 'empty' for a unit without English", () => {
    expect(checkUnit({ hindi: ["2 लाख लोग।"], english: "" }).map((i) => i.code)).toEqual(["untranslatedEmpty"]);
  });
  it("counts open issues, leaving out ignored ones", () => {
    const issues = checkUnit({ hindi: ["2 लाख लोग आए।"], english: "20,000  people came" });
    expect(openCounts(issues, [])).toEqual({ error: 1, warning: 2 });
    expect(openCounts(issues, new Set(["numberMismatch:200000:20000", "spacingDouble"]))).toEqual({ error: 0, warning: 1 });
  });
  it("gives every code a known check", () => {
    for (const { check } of Object.values(qaCodes)) expect(qaCheckIds).toContain(check);
  });
});

describe("checkUnit: subtitles", () => {
  const long = {
    hindi: ["आज हम पिछले हफ़्ते बिहार में आई बाढ़ के बारे में और उसके बाद हुई हर बात के बारे में बात करेंगे।"],
    english: "Today we are going to talk about the floods that hit Bihar last week, and about everything that came after them.",
  };
  it("checks cue length only for subtitle documents", () => {
    expect(checkUnit(long).some((i) => i.check === "subtitle")).toBe(false);
    expect(
      checkUnit(long, { subtitle: { lineLength: 42 } })
        .filter((i) => i.check === "subtitle")
        .map((i) => i.code),
    ).toEqual(["subtitleTooManyLines"]);
  });
});
