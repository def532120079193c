/**
 * The checks give the same results unit by unit on a large corpus (lib/qa/testing/corpus) as when
 * the golden digests were recorded: speed work on the checks (shared tokens, scanners instead of
 * regular expressions) must not change a single issue, key, parameter or fix. A digest is 16 bits
 * of a hash of one unit's issues and consistency keys, so a unit that changes is named.
 *
 * When a check is meant to change what it finds (and QA_VERSION is bumped), record new digests:
 *   UPDATE_QA_GOLDEN=1 npx vitest run --project unit lib/qa/equivalence.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/glossary/matcher";
import { checkUnit, type QaOptions } from "./check-unit";
import { consistencyKeys, findInconsistencies, hash53 } from "./inconsistent";
import { corpusGlossary, qaCorpus } from "./testing/corpus";
import { qaCodes } from "./types";

const UNITS = 20_000;
const GOLDEN = path.join(__dirname, "testing", "golden.txt");

function digests(): Uint16Array {
  const units = qaCorpus(UNITS);
  const glossary = { matcher: buildMatcher(corpusGlossary), byId: new Map(corpusGlossary.map((e) => [e.id, e])) };
  const variants: QaOptions[] = [{}, { glossary }, { glossary, subtitle: { lineLength: 42 } }];
  const keys = units.map((u, id) => ({ id, label: id, ...consistencyKeys(u.hindi.join(" "), u.english) }));
  const inconsistent = findInconsistencies(keys);
  const out = new Uint16Array(units.length);
  units.forEach((unit, i) => {
    const issues = checkUnit(unit, variants[i % variants.length]);
    const text = JSON.stringify([issues, keys[i], inconsistent.get(i) ?? []]);
    out[i] = hash53(text) & 0xffff;
  });
  return out;
}

describe("QA results on a 20,000-unit corpus", () => {
  it("are the recorded ones, unit by unit", () => {
    const now = digests();
    // biome-ignore lint/style/noProcessEnv: a test's own switch to record new digests, not configuration of the app
    if (process.env.UPDATE_QA_GOLDEN) writeFileSync(GOLDEN, `${Buffer.from(now.buffer).toString("base64")}\n`);
    const bytes = Buffer.from(readFileSync(GOLDEN, "utf8").trim(), "base64");
    const golden = new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
    expect(golden.length).toBe(UNITS);
    const differing = [...now.keys()].filter((i) => now[i] !== golden[i]);
    expect(differing.slice(0, 20)).toEqual([]);
  }, 60_000);

  it("reach every check", () => {
    const units = qaCorpus(2_000);
    const glossary = { matcher: buildMatcher(corpusGlossary), byId: new Map(corpusGlossary.map((e) => [e.id, e])) };
    const codes = new Set(units.flatMap((u) => checkUnit(u, { glossary, subtitle: { lineLength: 42 } }).map((i) => i.code)));
    const unitCodes = Object.keys(qaCodes).filter((c) => !c.startsWith("inconsistent"));
    expect([...codes].sort()).toEqual(unitCodes.sort());
    const keys = units.map((u, id) => ({ id, label: id, ...consistencyKeys(u.hindi.join(" "), u.english) }));
    const inconsistent = new Set([...findInconsistencies(keys).values()].flat().map((i) => i.code));
    expect([...inconsistent].sort()).toEqual(["inconsistentEnglish", "inconsistentHindi"]);
  });
});
