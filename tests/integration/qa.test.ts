import { beforeAll, describe, expect, it } from "vitest";
import { mergeWithNext, saveUnit } from "@/features/editor/mutations";
import { importGlossary } from "@/features/glossary/mutations";
import { loadQaContext, loadQaUnits } from "@/features/qa/data";
import { ensureDocumentQa, ignoreQaIssue, refreshDocumentQa, unignoreQaIssue } from "@/features/qa/mutations";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { DEFAULT_PROJECT, makeDocument, makeUser } from "../support/fixtures";

let translator: CurrentUser;
let reviewer: CurrentUser;

beforeAll(async () => {
  translator = await makeUser("translator", "qa-t");
  reviewer = await makeUser("reviewer", "qa-r");
});

async function issuesOf(unitId: number) {
  const rows = await prisma.$queryRaw<{ key: string; code: string; params: Record<string, unknown> }[]>`
    SELECT key, code, params FROM unit_qa WHERE unit_id = ${unitId} ORDER BY key`;
  return rows;
}
const codesOf = async (unitId: number) => (await issuesOf(unitId)).map((r) => r.code);

async function save(unitId: number, english: string, user = translator) {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  return saveUnit(unitId, { english, version: unit.version, markTranslated: true }, user);
}

async function snapshot(documentId: string) {
  const [qa, ignores, audit] = await Promise.all([
    prisma.$queryRaw`SELECT unit_id, key, code, params, fix FROM unit_qa WHERE document_id = ${documentId} ORDER BY unit_id, key`,
    prisma.$queryRaw`SELECT i.unit_id, i.key, i.reason FROM unit_qa_ignore i JOIN unit u ON u.id = i.unit_id
                     WHERE u.document_id = ${documentId} ORDER BY 1, 2`,
    prisma.auditLog.count({ where: { documentId } }),
  ]);
  return { qa, ignores, audit };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("QA on save", () => {
  it("stores a unit's issues in the save's transaction and clears them when fixed", async () => {
    const { id, unitIds } = await makeDocument(["2,00,000 सैनिक आए।"]);
    await ensureDocumentQa(id);
    const saved = await save(unitIds[0], "20,000 troops came.");
    expect(await codesOf(unitIds[0])).toEqual(expect.arrayContaining(["numberMismatch"]));
    expect(saved.qa.map((i) => i.code)).toContain("numberMismatch");
    await save(unitIds[0], "200,000 troops came.");
    expect(await codesOf(unitIds[0])).toEqual([]);
  });

  it("leaves the issue and key rows a save does not change untouched (not even locked)", async () => {
    const { id, unitIds } = await makeDocument(["2,00,000 सैनिक आए।"]);
    await ensureDocumentQa(id);
    const english = "20,000 troops  came.";
    const draft = await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } });
    const first = await saveUnit(unitIds[0], { english, version: draft.version, markTranslated: false }, translator);
    const rows = () =>
      prisma.$queryRaw<{ key: string; xmax: string }[]>`
        SELECT key, xmax::text AS xmax FROM unit_qa WHERE unit_id = ${unitIds[0]}
        UNION ALL SELECT 'consistency key', xmax::text FROM unit_qa_key WHERE unit_id = ${unitIds[0]} ORDER BY 1`;
    const before = await rows();
    expect(before.map((r) => r.key)).toEqual(expect.arrayContaining(["consistency key", "spacingDouble"]));
    // Only the status changes (draft → translated): the same issues and consistency keys are wanted,
    // and no row of them is written or locked (xmax stays as it was).
    const second = await saveUnit(unitIds[0], { english, version: first.version, markTranslated: true }, translator);
    expect(second.version).toBe(first.version + 1);
    expect(await rows()).toEqual(before);
    // The doubled space fixed: that issue goes, the number issue stays as it was.
    await save(unitIds[0], "20,000 troops came.");
    const after = await rows();
    expect(after.map((r) => r.key)).not.toContain("spacingDouble");
    const numberRow = before.find((r) => r.key.startsWith("number"));
    expect(numberRow).toBeDefined();
    expect(after.find((r) => r.key === numberRow?.key)).toEqual(numberRow);
  });

  it("offers the safe fix for Indian grouping and spacing", async () => {
    const { id, unitIds } = await makeDocument(["2,00,000 सैनिक आए।"]);
    await ensureDocumentQa(id);
    const saved = await save(unitIds[0], "2,00,000  troops came.");
    const codes = saved.qa.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["numberIndianGrouping", "spacingDouble"]));
    expect(saved.qa.find((i) => i.code === "numberIndianGrouping")?.fix).toBe("200,000  troops came.");
    expect(saved.qa.find((i) => i.code === "spacingDouble")?.fix).toBe("2,00,000 troops came.");
  });

  it("keeps `inconsistent` current for the units that share the Hindi or the English", async () => {
    const { id, unitIds } = await makeDocument(["किसान आए।", "बारिश हुई।", "किसान आए।"]);
    await ensureDocumentQa(id);
    await save(unitIds[0], "The farmers came.");
    await save(unitIds[2], "The peasants arrived.");
    expect(await issuesOf(unitIds[0])).toEqual([
      expect.objectContaining({ code: "inconsistentHindi", params: { unit: unitIds[2], count: 2 } }),
    ]);
    expect(await issuesOf(unitIds[2])).toEqual([
      expect.objectContaining({ code: "inconsistentHindi", params: { unit: unitIds[0], count: 2 } }),
    ]);
    // The reverse: one English sentence for different Hindi.
    await save(unitIds[1], "The farmers came.");
    expect(await codesOf(unitIds[1])).toEqual(["inconsistentEnglish"]);
    // Fixing one unit clears the others too.
    await save(unitIds[2], "The farmers came.");
    await save(unitIds[1], "It rained.");
    for (const unitId of unitIds) expect(await codesOf(unitId)).toEqual([]);
  });

  it("rewrites a unit's issue and key rows only when they change (xmin names the transaction that wrote a row)", async () => {
    const { id, unitIds } = await makeDocument(["2,00,000 सैनिक आए।", "किसान आए।", "किसान आए।"]);
    await ensureDocumentQa(id);
    const rows = (unitId: number) =>
      prisma.$queryRaw<{ key: string; xmin: string }[]>`
        SELECT key, xmin::text FROM unit_qa WHERE unit_id = ${unitId}
        UNION ALL SELECT 'consistency-keys', xmin::text FROM unit_qa_key WHERE unit_id = ${unitId} ORDER BY 1`;
    await save(unitIds[0], "20,000 troops came.");
    const mismatch = await rows(unitIds[0]);
    expect(mismatch.map((r) => r.key)).toEqual(expect.arrayContaining(["consistency-keys", expect.stringMatching(/number/)]));
    // Other English, the same issue: the issue row stays as it was, the changed keys are written.
    await save(unitIds[0], "20,000 soldiers came.");
    const again = await rows(unitIds[0]);
    expect(again.filter((r) => r.key !== "consistency-keys")).toEqual(mismatch.filter((r) => r.key !== "consistency-keys"));
    expect(again.find((r) => r.key === "consistency-keys")?.xmin).not.toBe(mismatch.find((r) => r.key === "consistency-keys")?.xmin);
    // A change of issue is written.
    await save(unitIds[0], "200,000 troops came.");
    expect(await codesOf(unitIds[0])).toEqual([]);

    // `inconsistent` of the other unit is left alone when its group is the same after the save.
    await save(unitIds[1], "The farmers came.");
    await save(unitIds[2], "The peasants arrived.");
    const other = await rows(unitIds[2]);
    expect(other.map((r) => r.key)).toEqual(["consistency-keys", "inconsistentHindi"]);
    await save(unitIds[1], "The peasants came.");
    expect(await rows(unitIds[2])).toEqual(other);
    // The same keys (the English differs only in case): the unit's own rows are not written either.
    const own = await rows(unitIds[1]);
    await save(unitIds[1], "the peasants came.");
    expect(await rows(unitIds[1])).toEqual(own);
    expect(await issuesOf(unitIds[1])).toEqual([
      expect.objectContaining({ code: "inconsistentHindi", params: { unit: unitIds[2], count: 2 } }),
    ]);
  });

  it("rewrites on a whole-document check only the stored keys that differ from the units' keys", async () => {
    const { id, unitIds } = await makeDocument(["किसान आए।", "दो गायें।", "तीन गायें थीं।", "बारिश हुई।"]);
    for (const [i, unitId] of unitIds.entries())
      await save(unitId, ["The farmers came.", "Two cows.", "There were three cows.", "It rained."][i]);
    await refreshDocumentQa({ ...(await loadQaContext(id)), stamp: "forced" });
    const keys = () =>
      prisma.$queryRaw<{ unitId: number; h: string; e: string | null; r: boolean; xmin: string }[]>`
        SELECT unit_id AS "unitId", hindi_key::text AS h, english_key::text AS e, reversible AS r, xmin::text
        FROM unit_qa_key WHERE document_id = ${id} ORDER BY unit_id`;
    const before = await keys();
    expect(before).toHaveLength(4);
    // Stored keys gone wrong one way each (a changed English key by one, the reverse flag, a missing row).
    await prisma.$executeRaw`UPDATE unit_qa_key SET english_key = english_key + 1 WHERE unit_id = ${unitIds[0]}`;
    await prisma.$executeRaw`UPDATE unit_qa_key SET reversible = NOT reversible WHERE unit_id = ${unitIds[1]}`;
    await prisma.$executeRaw`DELETE FROM unit_qa_key WHERE unit_id = ${unitIds[2]}`;
    await refreshDocumentQa({ ...(await loadQaContext(id)), stamp: "forced again" });
    const after = await keys();
    expect(after.map(({ xmin: _, ...k }) => k)).toEqual(before.map(({ xmin: _, ...k }) => k));
    // The unit whose stored keys were right is not written again.
    expect(after[3].xmin).toBe(before[3].xmin);
  });

  it("rewrites on a whole-document check only the stored issues that differ from the units' issues", async () => {
    const { id, unitIds } = await makeDocument(["2,00,000 सैनिक आए।", "दो गायें।", "तीन गायें थीं।", "किसान आए।", "दो गायें।"]);
    for (const [i, unitId] of unitIds.entries())
      await save(unitId, ["20,000 troops came.", "Two  cows.", "There were  three cows.", "The farmers came.", "Two  cows."][i]);
    await refreshDocumentQa({ ...(await loadQaContext(id)), stamp: "forced" });
    const issues = () =>
      prisma.$queryRaw<{ unitId: number; key: string; code: string; params: unknown; fix: string | null; xmin: string }[]>`
        SELECT unit_id AS "unitId", key, code, params, fix, xmin::text FROM unit_qa WHERE document_id = ${id} ORDER BY unit_id, key`;
    const before = await issues();
    expect(new Set(before.map((r) => r.unitId))).toEqual(new Set([unitIds[0], unitIds[1], unitIds[2], unitIds[4]]));
    // Stored issues gone wrong one way each (other params, a fix lost, a row missing, a row that should not be there).
    await prisma.$executeRaw`UPDATE unit_qa SET params = params || '{"extra": 1}'::jsonb WHERE unit_id = ${unitIds[0]}`;
    await prisma.$executeRaw`UPDATE unit_qa SET fix = NULL WHERE unit_id = ${unitIds[1]}`;
    await prisma.$executeRaw`DELETE FROM unit_qa WHERE unit_id = ${unitIds[2]}`;
    await prisma.$executeRaw`
      INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params)
      VALUES (${unitIds[3]}, ${id}, 'spacingDouble', 'spacing', 'spacingDouble', 'warning', '{}'::jsonb)`;
    await refreshDocumentQa({ ...(await loadQaContext(id)), stamp: "forced again" });
    const after = await issues();
    expect(after.map(({ xmin: _, ...r }) => r)).toEqual(before.map(({ xmin: _, ...r }) => r));
    // The unit whose stored issues were right is not written again.
    const untouched = (rows: typeof before) => rows.filter((r) => r.unitId === unitIds[4]);
    expect(untouched(before)).not.toEqual([]);
    expect(untouched(after)).toEqual(untouched(before));
  });

  it("gives the same rows saved one by one as checking the whole document at once", async () => {
    const { id, unitIds } = await makeDocument(["किसान आए।", "किसान आए।", "दो गायें।", "तीन गायें थीं।", "दो गायें।"]);
    await ensureDocumentQa(id);
    const english = ["The farmers came.", "Farmers arrived", "Two cows.", "There were  three cows.", "Two  cows"];
    for (const [i, unitId] of unitIds.entries()) await save(unitId, english[i]);
    const incremental = await snapshot(id);
    await refreshDocumentQa(await loadQaContext(id));
    expect(await snapshot(id)).toEqual({ ...incremental, audit: incremental.audit });
    expect((incremental.qa as unknown[]).length).toBeGreaterThan(3);
  });

  it("matches a whole-document check after many random saves and ignores (the one-statement write)", async () => {
    const hindi = ["किसान आए।", "बारिश हुई।", "दो गायें।"];
    const { id, unitIds } = await makeDocument(Array.from({ length: 12 }, (_, i) => hindi[i % 3]));
    await ensureDocumentQa(id);
    const english = ["The farmers came.", "The farmers came", "It rained  today.", "Two cows.", "Three cows.", ""];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n); // the high bits: an LCG's low bits cycle
    };
    for (let step = 0; step < 40; step++) {
      const unitId = unitIds[next(unitIds.length)];
      await save(unitId, english[next(english.length)], reviewer);
      if (step % 5 === 4) {
        // Ignore some open issue of some unit: later saves must drop it exactly when its issue goes.
        const [row] = await prisma.$queryRaw<{ unit_id: number; key: string; version: number }[]>`
          SELECT q.unit_id, q.key, u.version FROM unit_qa q JOIN unit u ON u.id = q.unit_id
          WHERE q.document_id = ${id} ORDER BY q.unit_id, q.key LIMIT 1 OFFSET ${next(3)}`;
        if (row) await ignoreQaIssue(row.unit_id, { key: row.key, version: row.version, reason: "seen" }, reviewer);
      }
    }
    // Settle one Hindi group: the last of these saves clears `inconsistent` of units it did not touch.
    for (const unitId of unitIds.filter((_, i) => i % 3 === 0)) await save(unitId, "It rained today.", reviewer);
    const incremental = await snapshot(id);
    expect((incremental.qa as unknown[]).length).toBeGreaterThan(5);
    expect((incremental.ignores as unknown[]).length).toBeGreaterThan(0);
    await refreshDocumentQa({ ...(await loadQaContext(id)), stamp: "forced" });
    expect(await snapshot(id)).toEqual(incremental);
  });

  it("rechecks both sides of a merge, and the units that shared the removed unit's text", async () => {
    const { id, unitIds } = await makeDocument(["किसान आए।", "वे थके थे।", "किसान आए।"]);
    await ensureDocumentQa(id);
    await save(unitIds[0], "The farmers came.");
    await save(unitIds[2], "The peasants came.");
    expect(await codesOf(unitIds[0])).toEqual(["inconsistentHindi"]);
    const [a, b] = await prisma.unit.findMany({ where: { id: { in: unitIds.slice(1) } }, orderBy: { firstSentence: "asc" } });
    await mergeWithNext(a.id, { version: a.version, nextVersion: b.version }, translator);
    // Unit 3 is gone into unit 2: unit 1 no longer has a twin.
    expect(await codesOf(unitIds[0])).toEqual([]);
  });
});

describe("the glossary joins the same issue list", () => {
  it("accepts an inflected English term and flags a missing one as a term error", async () => {
    await importGlossary(
      DEFAULT_PROJECT,
      [{ id: "x", hindi: "प्रतिबंधात्मक-शुल्क", english: [{ text: "sanctions", status: "preferred" }] }],
      reviewer.id,
    );
    const { id, unitIds } = await makeDocument(["प्रतिबंधात्मक-शुल्क लगा।", "प्रतिबंधात्मक-शुल्क हटा।"]);
    await ensureDocumentQa(id);
    await save(unitIds[0], "The sanction was imposed.");
    await save(unitIds[1], "The ban was lifted.");
    expect(await codesOf(unitIds[0])).not.toContain("termMissing");
    expect(await codesOf(unitIds[1])).toContain("termMissing");
  });
});

describe("ignoring an issue", () => {
  it("records the reason in the audit log, hides it from open counts and survives a recheck", async () => {
    const { id, unitIds } = await makeDocument(["वह आया।"]);
    await ensureDocumentQa(id);
    const saved = await save(unitIds[0], "He  came.");
    await ignoreQaIssue(unitIds[0], { key: "spacingDouble", version: saved.version, reason: "House style." }, translator);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { unitId: unitIds[0], action: "qa.ignore" } });
    expect(audit.details).toMatchObject({ key: "spacingDouble", check: "spacing", reason: "House style." });
    expect((await loadQaUnits(id, {}, null)).units).toEqual([]);
    expect((await loadQaUnits(id, { ignored: true }, null)).units[0].issues[0].ignored).toEqual({
      reason: "House style.",
      by: translator.name,
    });
    await refreshDocumentQa({ ...(await loadQaContext(id)), stamp: "forced" });
    expect((await loadQaUnits(id, { ignored: true }, null)).units).toHaveLength(1);
    await unignoreQaIssue(unitIds[0], { key: "spacingDouble", version: saved.version }, translator);
    expect((await loadQaUnits(id, {}, null)).units).toHaveLength(1);
  });

  it("is refused for a stale version, a translator ignoring an error, an approved unit, or an issue that is gone; nothing changes", async () => {
    const { id, unitIds } = await makeDocument(["2 लाख लोग आए।"]);
    await ensureDocumentQa(id);
    const saved = await save(unitIds[0], "20,000 people came.");
    const before = await snapshot(id);
    const key = saved.qa.find((i) => i.code === "numberMismatch")?.key ?? "";
    expect(key).not.toBe("");
    const reason = "Checked with the author.";
    expect((await refusal(ignoreQaIssue(unitIds[0], { key, version: saved.version - 1, reason }, reviewer))).details?.reason).toBe(
      "versionConflict",
    );
    expect((await refusal(ignoreQaIssue(unitIds[0], { key, version: saved.version, reason }, translator))).details?.reason).toBe(
      "reviewerOnly",
    );
    expect((await refusal(ignoreQaIssue(unitIds[0], { key: "nope", version: saved.version, reason }, reviewer))).details?.reason).toBe(
      "issueGone",
    );
    expect(await snapshot(id)).toEqual(before);
    await ignoreQaIssue(unitIds[0], { key, version: saved.version, reason }, reviewer);
    expect((await snapshot(id)).ignores).toHaveLength(1);
  });

  it("of a warning on an approved unit is a reviewer's", async () => {
    const { id, unitIds } = await makeDocument(["वह आया।"]);
    await ensureDocumentQa(id);
    await save(unitIds[0], "He  came.");
    await prisma.unit.update({ where: { id: unitIds[0] }, data: { status: "approved" } });
    const { version } = await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } });
    const before = await snapshot(id);
    const error = await refusal(ignoreQaIssue(unitIds[0], { key: "spacingDouble", version, reason: "ok" }, translator));
    expect(error.details?.reason).toBe("approvedLocked");
    expect(await snapshot(id)).toEqual(before);
  });
});
