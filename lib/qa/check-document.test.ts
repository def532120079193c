import { describe, expect, it } from "vitest";
import { buildMatcher } from "@/lib/glossary/matcher";
import { seededRandom } from "@/lib/random";
import { DocumentQaPass, SentenceCursor, sliceIssueColumns } from "./check-document";
import { checkUnit, type QaOptions } from "./check-unit";
import { consistencyKeys, findInconsistencies, hash53 } from "./inconsistent";
import { corpusGlossary, qaCorpus } from "./testing/corpus";
import type { QaIssue } from "./types";

const glossary = { matcher: buildMatcher(corpusGlossary), byId: new Map(corpusGlossary.map((e) => [e.id, e])) };

/** The document pass as it was written before DocumentQaPass: an object per issue row, keys after. */
function reference(units: { id: number; hindi: string[]; english: string }[], options: QaOptions) {
  const rows: { unitId: number; issue: QaIssue }[] = [];
  const keys = [];
  for (const unit of units) {
    for (const issue of checkUnit(unit, options)) rows.push({ unitId: unit.id, issue });
    keys.push({ unitId: unit.id, id: unit.id, label: unit.id, ...consistencyKeys(unit.hindi.join(" "), unit.english) });
  }
  for (const [unitId, found] of findInconsistencies(keys)) for (const issue of found) rows.push({ unitId, issue });
  return {
    keys: keys.map(({ unitId: _, ...k }) => k),
    issues: {
      unitIds: rows.map((r) => r.unitId),
      keys: rows.map((r) => r.issue.key),
      checks: rows.map((r) => r.issue.check),
      codes: rows.map((r) => r.issue.code),
      severities: rows.map((r) => r.issue.severity),
      params: rows.map((r) => JSON.stringify(r.issue.params)),
      fixes: rows.map((r) => r.issue.fix ?? null),
    },
  };
}

describe("DocumentQaPass", () => {
  it("gives the rows and keys, in the order, that checking unit by unit gave (3,000 corpus units, every option)", () => {
    const units = qaCorpus(3_000).map((u, k) => ({ id: 1_000 + 3 * k, ...u }));
    for (const options of [{}, { glossary }, { glossary, subtitle: { lineLength: 42 } }] as QaOptions[]) {
      const pass = new DocumentQaPass(options);
      for (const unit of units) pass.add(unit.id, unit.hindi, unit.english);
      const issues = pass.finish();
      const expected = reference(units, options);
      expect(pass.keys).toEqual(expected.keys);
      // A digest first (names the first unit that differs cheaply), then the exact columns.
      expect(hash53(JSON.stringify(issues))).toBe(hash53(JSON.stringify(expected.issues)));
      expect(issues).toEqual(expected.issues);
      expect(issues.unitIds.length).toBeGreaterThan(300);
    }
  }, 60_000);

  it("slices the columns as one batch of rows", () => {
    const pass = new DocumentQaPass({});
    for (const [k, unit] of qaCorpus(200).entries()) pass.add(k, unit.hindi, unit.english);
    const all = pass.finish();
    const b = sliceIssueColumns(all, 3, 7);
    expect(b.unitIds).toEqual(all.unitIds.slice(3, 7));
    expect(Object.values(b).every((c) => c.length === 4)).toBe(true);
  });
});

describe("SentenceCursor", () => {
  /** What a Map of every sentence by position gives for first..last. */
  function byMap(sentences: Map<number, string>, first: number, last: number): string[] {
    const out: string[] = [];
    for (let p = first; p <= last; p++) {
      const text = sentences.get(p);
      if (text !== undefined) out.push(text);
    }
    return out;
  }

  it("gives each unit its sentences, with gaps, empty units and overlapping ranges", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 200; round++) {
      const positions = [...new Set(Array.from({ length: 60 }, () => Math.floor(random() * 120)))].sort((a, b) => a - b);
      const sentences = new Map(positions.map((p) => [p, `s${p}`]));
      const cursor = new SentenceCursor(
        positions,
        positions.map((p) => `s${p}`),
      );
      let first = Math.floor(random() * 5) - 2;
      while (first < 130) {
        const last = first + Math.floor(random() * 4);
        expect(cursor.hindi(first, last)).toEqual(byMap(sentences, first, last));
        // Mostly the next unit starts after this one; sometimes it overlaps or repeats it.
        first = random() < 0.8 ? last + 1 + Math.floor(random() * 3) : first + Math.floor(random() * 2);
      }
    }
  });
});
