import { beforeAll, describe, expect, it } from "vitest";
import { saveUnit } from "@/features/editor/mutations";
import { setMember } from "@/features/projects/mutations";
import { CONCORDANCE_LIMIT, searchMemory } from "@/features/tm/data";
import { importMemoryTmx } from "@/features/tm/mutations";
import { prisma } from "@/lib/server/prisma";
import { concordanceKeys } from "@/lib/tm/concordance-keys";
import { normaliseTmSource } from "@/lib/tm/tokenize";
import { makeDocument, makeUser } from "../support/fixtures";
import { memoryTmx } from "../support/tmx";

/*
 * The concordance's phrase path (word-boundary keys, lib/tm/concordance-keys) against real
 * PostgreSQL: on a memory of 2,500 imported entries plus saved units, every search gives exactly what
 * LIKE '%…%' on the normalised Hindi / ILIKE on the English gives over the whole project, in the
 * concordance's order — whole words, partial words at either end, either language, folded spellings,
 * a phrase in 30 % of the entries, a phrase whose first 21 lie beyond the ordered walk's window,
 * an entry written by hand without keys, and no hits.
 */
const ENTRIES = 2_500;
const FLOOD = "ज़िला राहत शिविर";

let projectId: string;

/** Sentence i: a phrase in 30 % of them, the district phrase in 8 of the first 2,000 (approved-first order) and 30 after. */
function pair(i: number): [string, string, string] {
  const common = i % 10 < 3 ? "सरकार ने कहा कि" : "अधिकारी बोले कि";
  const district = (i < 2_000 && i % 250 === 7) || (i >= 2_100 && i % 13 === 0) ? ` ${FLOOD} खुला` : "";
  const english = `${i % 10 < 3 ? "The government said" : "Officials said"} item ${i}${district ? " the district relief camp opened" : ""}.`;
  return [`${common} पंक्ति ${i}${district} है।`, english, i % 4 === 0 ? "approved" : "translated"];
}

/** What the concordance must answer, computed here over every entry of the project: LIKE semantics, the concordance's order. */
async function expected(query: string): Promise<{ ids: number[]; truncated: boolean }> {
  const all = await prisma.tmEntry.findMany({ where: { projectId } });
  const norm = normaliseTmSource(query);
  const hits = all
    .filter((e) => e.sourceNorm.includes(norm) || e.target.toLowerCase().includes(query.toLowerCase()))
    .sort(
      (a, b) =>
        Number(b.status === "approved") - Number(a.status === "approved") || b.updatedAt.getTime() - a.updatedAt.getTime() || a.id - b.id,
    );
  return { ids: hits.slice(0, CONCORDANCE_LIMIT).map((e) => e.id), truncated: hits.length > CONCORDANCE_LIMIT };
}

async function expectSameAsLike(query: string, atLeast: number) {
  const want = await expected(query);
  const got = await searchMemory(projectId, query);
  expect({ ids: got.hits.map((h) => h.id), truncated: got.truncated }, query).toEqual(want);
  expect(want.ids.length, `${query} should find at least ${atLeast}`).toBeGreaterThanOrEqual(atLeast);
  return got;
}

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `concordance phrases ${Date.now()}` } })).id;
  const tmx = memoryTmx(Array.from({ length: ENTRIES }, (_, i) => pair(i)));
  const bytes = new TextEncoder().encode(tmx);
  await importMemoryTmx(bytes, { projectId, fileName: "phrases.tmx", maxBytes: bytes.length + 1 });
  // Saved units feed the memory too (the other writer).
  const member = await makeUser("translator", "conc-phrases");
  await setMember(projectId, member.id, "translator", null);
  const doc = await makeDocument(["किसानों को ज़मीन का मुआवज़ा जल्द मिलेगा।"], null, projectId);
  await saveUnit(
    doc.unitIds[0],
    { english: "Farmers will soon be compensated for their LAND (2,50,000 / 3,00,000).", version: 1, markTranslated: true },
    member,
  );
  // An entry written by hand, without its keys (the column's default): the newest approved one, so it leads every list it is in.
  await prisma.$executeRaw`
    INSERT INTO tm_entry (project_id, source, target, source_norm, source_hash, target_hash, keys, status, updated_at)
    VALUES (${projectId}, ${`हाथ से ${FLOOD} लिखा।`}, 'Written by hand: district relief camp.', ${normaliseTmSource(`हाथ से ${FLOOD} लिखा।`)},
      md5('hand-s')::uuid, md5('hand-t')::uuid, '{}', 'approved', now() + interval '1 hour')`;
}, 120_000);

describe("searchMemory's phrase path gives what LIKE gives", () => {
  it("every writer stores the keys: only the row written by hand has the default", async () => {
    const unkeyed = await prisma.$queryRaw<{ source: string }[]>`
      SELECT source FROM tm_entry WHERE project_id = ${projectId} AND concordance_keys = '{0}'`;
    expect(unkeyed.map((r) => r.source)).toEqual([`हाथ से ${FLOOD} लिखा।`]);
  });

  it("the migration's SQL computes the same keys as lib/tm (the backfill of rows stored before the keys)", async () => {
    const differing = await prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM tm_entry
      WHERE project_id = ${projectId} AND concordance_keys <> '{0}'
        AND NOT (concordance_keys @> tm_concordance_keys(source_norm, target) AND concordance_keys <@ tm_concordance_keys(source_norm, target))`;
    expect(differing[0].n).toBe(0);
    const texts: [string, string][] = [
      ["क ख  ग 😀x y", "KELVIN \u212Aab İx Éé  z"],
      ["", ""],
      ["एक", "One"],
    ];
    for (const [hindi, english] of texts) {
      const [{ keys }] = await prisma.$queryRaw<{ keys: number[] }[]>`SELECT tm_concordance_keys(${hindi}, ${english}) AS keys`;
      expect([...keys].sort(), `${hindi} / ${english}`).toEqual([...concordanceKeys(hindi, english)].sort());
    }
  });

  it("finds a phrase whose first 21 lie beyond the ordered walk's window, by whole words, partial ends and folded spelling", async () => {
    const whole = await expectSameAsLike(FLOOD, CONCORDANCE_LIMIT);
    expect(whole.truncated).toBe(true);
    expect(whole.hits[0].hindi.map((p) => p.text).join("")).toBe(`हाथ से ${FLOOD} लिखा।`);
    // Partial words at both ends ("…िला राहत शि…"), and typed without the nukta (the memory folds ज़ to ज).
    await expectSameAsLike("िला राहत शि", CONCORDANCE_LIMIT);
    await expectSameAsLike("जिला राहत", CONCORDANCE_LIMIT);
  });

  it("finds an English phrase without case, whole or cut at both ends, and a saved unit's phrase in either language", async () => {
    await expectSameAsLike("DISTRICT Relief Camp", CONCORDANCE_LIMIT);
    await expectSameAsLike("istrict relief ca", CONCORDANCE_LIMIT);
    const saved = await expectSameAsLike("जमीन का मुआवजा", 1);
    expect(saved.hits[0].english.map((p) => p.text).join("")).toBe(
      "Farmers will soon be compensated for their LAND (2,50,000 / 3,00,000).",
    );
    await expectSameAsLike("for their land", 1);
    // No letter with a case: the English is searched with LIKE, which finds what ILIKE finds.
    await expectSameAsLike("(2,50,000 / 3,00", 1);
    await expectSameAsLike("(2,50,000", 1);
  });

  it("answers a phrase in 30 % of the entries, a single word, and a phrase that is nowhere", async () => {
    await expectSameAsLike("सरकार ने कहा", CONCORDANCE_LIMIT);
    await expectSameAsLike("government said item", CONCORDANCE_LIMIT);
    await expectSameAsLike("शिविर", CONCORDANCE_LIMIT);
    const none = await searchMemory(projectId, "राहत ज़िला");
    expect(none).toEqual({ hits: [], truncated: false });
    expect((await expected("राहत ज़िला")).ids).toEqual([]);
  });
});
