import { beforeAll, describe, expect, it, vi } from "vitest";
import { PUT as saveRoute } from "@/app/api/units/[id]/route";
import { loadChanges } from "@/features/editor/data";
import { createEntry } from "@/features/glossary/mutations";
import { glossaryEntryInput } from "@/features/glossary/schema";
import { createProject, setMember } from "@/features/projects/mutations";
import { recordUnitsInMemory } from "@/features/tm/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { recordStatements } from "../support/statements";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * What one save costs in statements (each one a round trip and Prisma's and pg's CPU), and that the
 * folded statements still write what they wrote one by one: the unit, its history row, its audit row
 * and its memory entry (with the sentences either side).
 */
const memoryColumns = {
  source: true,
  target: true,
  sourceNorm: true,
  sourceHash: true,
  targetHash: true,
  keys: true,
  concordanceKeys: true,
  status: true,
  prevHash: true,
  nextHash: true,
} as const;

let user: CurrentUser;
let cookie: string;
beforeAll(async () => {
  user = await makeUser("translator", "save-cost");
  cookie = await sessionCookie(user.email, "correct horse 7");
});

describe("one save", () => {
  it("costs 7 statements up to its commit, 8 in all, and writes unit, history, audit, QA and memory as before", async () => {
    const { id, unitIds } = await makeDocument(["पहला वाक्य है।", "दूसरा वाक्य है।", "तीसरा वाक्य है।"], user.id);
    const unitId = unitIds[1];
    // The glossary of the project is read once per process and then cached (features/glossary): warm it.
    const warm = { cookie, params: { id: String(unitIds[0]) }, json: { english: "The first.", version: 1, markTranslated: false } };
    expect((await call(saveRoute, "PUT", `/api/units/${unitIds[0]}`, warm)).status).toBe(200);
    const recording = recordStatements();
    const res = await call(saveRoute, "PUT", `/api/units/${unitId}`, {
      cookie,
      params: { id: String(unitId) },
      json: { english: "The second sentence.", version: 1, markTranslated: true },
    });
    recording.stop();
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ english: "The second sentence.", version: 2, status: "translated" });
    // session+user+membership, BEGIN, lock, membership under the lock, unit+history+audit+QA, memory, COMMIT.
    expect(recording.statements.indexOf("COMMIT")).toBe(6);
    // After it, the unit as the editor shows it, with its project and the glossary's stamp in the same query.
    expect(recording.statements).toHaveLength(8);

    const history = await prisma.unitVersion.findMany({ where: { unitId }, orderBy: { version: "asc" } });
    expect(history.at(-1)).toMatchObject({ version: 2, english: "The second sentence.", status: "translated", authorId: user.id });
    const audit = await prisma.auditLog.findMany({ where: { unitId } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      userId: user.id,
      documentId: id,
      action: "unit.edit+status",
      details: { version: 2, from: "draft", to: "translated" },
    });

    // QA ran inside the save's statement: the unit has its consistency keys (its issues are compared
    // with a whole-document check in tests/integration/qa.test.ts).
    const keys = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM unit_qa_key WHERE unit_id = ${unitId}`;
    expect(keys[0].n).toBe(1);

    // The memory entry the save wrote from its own read is the one a fresh read of the unit writes.
    const written = await prisma.tmEntry.findFirstOrThrow({ where: { originUnitId: unitId }, select: memoryColumns });
    expect(written.prevHash).not.toBeNull();
    expect(written.nextHash).not.toBeNull();
    await prisma.$transaction((tx) => recordUnitsInMemory(tx, [unitId]));
    expect(await prisma.tmEntry.findMany({ where: { originUnitId: unitId }, select: memoryColumns })).toEqual([written]);
  });

  it("shows the glossary terms of the saved unit, from a glossary changed a moment before, as the changes feed does", async () => {
    const project = await createProject(`Terms ${Date.now()}`, null);
    await setMember(project.id, user.id, "translator", null);
    const term = (hindi: string, english: string) => glossaryEntryInput.parse({ hindi, terms: [{ english, status: "preferred" }] });
    await createEntry(project.id, term("चुनाव आयोग", "Election Commission"), null);
    const { id, unitIds } = await makeDocument(["चुनाव आयोग ने विकास पर रिपोर्ट दी।"], null, project.id);
    const put = (version: number) =>
      call(saveRoute, "PUT", `/api/units/${unitIds[0]}`, {
        cookie,
        params: { id: String(unitIds[0]) },
        json: { english: `The commission reported ${version}.`, version, markTranslated: false },
      });
    const first = await put(1);
    expect(first.status).toBe(200);
    expect((first.body.terms as { hindi: string }[]).map((t) => t.hindi)).toEqual(["चुनाव आयोग"]);
    expect(first.body).not.toHaveProperty("projectId");
    expect(first.body).not.toHaveProperty("glossaryStamp");
    await createEntry(project.id, term("विकास", "development"), null);
    const second = await put(2);
    expect((second.body.terms as { hindi: string }[]).map((t) => t.hindi).sort()).toEqual(["चुनाव आयोग", "विकास"].sort());
    const changes = await loadChanges(id, new Date(Date.now() - 60_000), "someone-else");
    expect(changes.units[0].terms.map((t) => t.hindi).sort()).toEqual(["चुनाव आयोग", "विकास"].sort());
    expect(changes.units[0]).not.toHaveProperty("projectId");
  });
});
