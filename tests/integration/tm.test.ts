import { beforeAll, describe, expect, it } from "vitest";
import { saveUnit } from "@/features/editor/mutations";
import { bulkApprove, reviewUnit } from "@/features/review/mutations";
import { forgetKeyFrequency, loadMemoryMatches } from "@/features/tm/data";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";

let translator: CurrentUser;
let reviewer: CurrentUser;

/** A project whose members are the translator and the reviewer with their roles (writes re-read the membership). */
async function makeProject(label: string): Promise<string> {
  const { id } = await prisma.project.create({ data: { name: `${label} ${Date.now()} ${Math.random()}` } });
  await prisma.projectMember.createMany({
    data: [
      { projectId: id, userId: translator.id, role: "translator" },
      { projectId: id, userId: reviewer.id, role: "reviewer" },
    ],
  });
  return id;
}

async function documentIn(projectId: string, sentences: string[]) {
  const doc = await makeDocument(sentences);
  await prisma.document.update({ where: { id: doc.id }, data: { projectId } });
  return doc;
}

async function entries(projectId: string) {
  return prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } });
}

async function save(unitId: number, english: string, user = translator) {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  return saveUnit(unitId, { english, version: unit.version, markTranslated: true }, user);
}

const S1 = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const S2 = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";
const S3 = "बैठक में विपक्ष के नेता भी मौजूद थे।";

beforeAll(async () => {
  translator = await makeUser("translator", "tm-t");
  reviewer = await makeUser("reviewer", "tm-r");
  forgetKeyFrequency();
});

describe("what goes into the memory", () => {
  it("a unit saved as translated becomes its project's entry, and a changed English replaces it", async () => {
    const project = await makeProject("tm-save");
    const { unitIds } = await documentIn(project, [S1, S2, S3]);
    await save(unitIds[0], "The government announced a new scheme of Rs 500 crore.");
    let rows = await entries(project);
    expect(rows.map((r) => [r.source, r.target, r.status, r.originUnitId])).toEqual([
      [S1, "The government announced a new scheme of Rs 500 crore.", "translated", unitIds[0]],
    ]);
    expect(rows[0].prevHash).not.toBeNull();
    await save(unitIds[0], "The government has announced a new Rs 500 crore scheme.");
    rows = await entries(project);
    expect(rows.map((r) => r.target)).toEqual(["The government has announced a new Rs 500 crore scheme."]);
  });

  it("a draft (English without marking translated) stays out; approval ranks the entry approved; rejection removes it", async () => {
    const project = await makeProject("tm-approve");
    const { unitIds } = await documentIn(project, [S2, S3]);
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } });
    await saveUnit(unitIds[0], { english: "draft only", version: unit.version, markTranslated: false }, translator);
    expect(await entries(project)).toEqual([]);
    await save(unitIds[0], "The PM spoke to farmers in Delhi today.");
    const saved = await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } });
    await reviewUnit(unitIds[0], { action: "approve", version: saved.version, comment: "" }, reviewer);
    expect((await entries(project)).map((r) => r.status)).toEqual(["approved"]);
    const approved = await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } });
    await reviewUnit(unitIds[0], { action: "reject", version: approved.version, comment: "wrong tense" }, reviewer);
    expect(await entries(project)).toEqual([]);
  });

  it("the same pair from two units is one entry, and another unit's translated save does not lower an approved one", async () => {
    const project = await makeProject("tm-merge");
    const a = await documentIn(project, [S3, S1]);
    const b = await documentIn(project, [S3, S2]);
    await save(a.unitIds[0], "Opposition leaders attended the meeting.");
    const ua = await prisma.unit.findUniqueOrThrow({ where: { id: a.unitIds[0] } });
    await reviewUnit(a.unitIds[0], { action: "approve", version: ua.version, comment: "" }, reviewer);
    await save(b.unitIds[0], "Opposition leaders attended the meeting.");
    const rows = await entries(project);
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe("approved");
    expect(rows[0].originUnitId).toBe(b.unitIds[0]);
  });

  it("a bulk approval records every approved unit in one go", async () => {
    const project = await makeProject("tm-bulk");
    const { id, unitIds } = await documentIn(project, [S1, S2, S3]);
    for (const [i, u] of unitIds.entries()) await save(u, `English ${i}.`);
    await prisma.tmEntry.deleteMany({ where: { projectId: project } });
    const { approved } = await bulkApprove(id, {}, reviewer);
    expect(approved).toBe(3);
    const rows = await entries(project);
    expect(rows.map((r) => [r.target, r.status]).sort()).toEqual([
      ["English 0.", "approved"],
      ["English 1.", "approved"],
      ["English 2.", "approved"],
    ]);
  });
});

describe("lookup", () => {
  it("finds the exact match at 100, 101 with matching neighbours, and a number-only difference with the number replaced", async () => {
    const project = await makeProject("tm-lookup");
    const { unitIds } = await documentIn(project, [S2, S1, S3]);
    await save(unitIds[1], "The government announced a new scheme of Rs 500 crore.");
    const [exact, context, fuzzy] = await loadMemoryMatches(
      project,
      [{ text: S1 }, { text: S1, prev: S2, next: S3 }, { text: S1.replace("500", "७००") }],
      { limit: 3, min: 50 },
    );
    expect(exact.map((m) => m.score)).toEqual([100]);
    expect(context.map((m) => m.score)).toEqual([101]);
    expect(fuzzy[0].score).toBeGreaterThanOrEqual(95);
    expect(fuzzy[0].score).toBeLessThan(100);
    expect(fuzzy[0].english).toBe("The government announced a new scheme of Rs 700 crore.");
    expect(fuzzy[0].substitution.substituted).toBe(true);
  });

  it("finds a sentence with one word changed, and nothing for an unrelated one", async () => {
    const project = await makeProject("tm-fuzzy");
    const { unitIds } = await documentIn(project, [S2]);
    await save(unitIds[0], "The PM spoke to farmers in Delhi today.");
    const [near, far] = await loadMemoryMatches(project, [{ text: S2.replace("दिल्ली", "मुंबई") }, { text: "आज मौसम साफ रहेगा।" }], {
      limit: 3,
      min: 50,
    });
    expect(near.map((m) => m.candidate.target)).toEqual(["The PM spoke to farmers in Delhi today."]);
    expect(near[0].score).toBe(Math.floor(100 * (1 - 1 / 9.2)));
    expect(far).toEqual([]);
  });

  it("never returns another project's memory", async () => {
    const mine = await makeProject("tm-mine");
    const theirs = await makeProject("tm-theirs");
    const { unitIds } = await documentIn(theirs, [S3]);
    await save(unitIds[0], "Their translation.");
    const [matches] = await loadMemoryMatches(mine, [{ text: S3 }], { limit: 3, min: 0 });
    expect(matches).toEqual([]);
    const [visible] = await loadMemoryMatches(theirs, [{ text: S3 }], { limit: 3, min: 0 });
    expect(visible.map((m) => m.candidate.target)).toEqual(["Their translation."]);
  });
});
