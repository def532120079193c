import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as historyRoute } from "@/app/api/units/[id]/history/route";
import { PUT as saveRoute } from "@/app/api/units/[id]/route";
import { deleteDocument } from "@/features/documents/mutations";
import { mergeWithNext } from "@/features/editor/mutations";
import { createProject, setMember } from "@/features/projects/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * A unit merged away answers 410 "gone" to the people of its project (the editor tells them someone merged it) and
 * 404 to everyone else — exactly what an id that never existed answers, so that unit ids, which count up, tell an
 * outsider nothing about other projects' work (unit_tombstone).
 */
let member: CurrentUser;
let outsider: CurrentUser;
const cookies: Record<"member" | "outsider", string> = {} as never;
let projectId: string;

beforeAll(async () => {
  member = await makeUser("translator", "tomb-member");
  outsider = await makeUser("translator", "tomb-outsider");
  projectId = (await createProject(`Tombstones ${Date.now().toString(36)}`, null)).id;
  await setMember(projectId, member.id, "translator", null);
  cookies.member = await sessionCookie(member.email, "correct horse 7");
  cookies.outsider = await sessionCookie(outsider.email, "correct horse 7");
});

afterAll(async () => {
  await prisma.project.delete({ where: { id: projectId } }).catch(() => {});
});

async function mergedAway() {
  const { id, unitIds } = await makeDocument(["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।"], member.id, projectId);
  await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, member);
  return { documentId: id, kept: unitIds[0], gone: unitIds[1] };
}

const save = (unitId: number, cookie: string) =>
  call(saveRoute, "PUT", `/api/units/${unitId}`, { cookie, params: { id: String(unitId) }, json: { english: "x", version: 1 } });

describe("a unit that is gone", () => {
  it("is 410 unitGone to a member of its project, and the merge left its tombstone", async () => {
    const s = await mergedAway();
    expect(await prisma.unitTombstone.findUnique({ where: { unitId: s.gone } })).toMatchObject({ documentId: s.documentId });
    const response = await save(s.gone, cookies.member);
    expect(response.status).toBe(410);
    expect(response.body.error?.details?.reason).toBe("unitGone");
  });

  it("is 404 to someone outside the project, the same as an id that never was, on writes and reads", async () => {
    const s = await mergedAway();
    const never = 2147483000;
    const answers: string[] = [];
    for (const id of [s.gone, never]) {
      const written = await save(id, cookies.outsider);
      expect(written.status, `save ${id}`).toBe(404);
      const read = await call(historyRoute, "GET", `/api/units/${id}/history`, { cookie: cookies.outsider, params: { id: String(id) } });
      expect(read.status, `history ${id}`).toBe(404);
      // The same answer, word for word, but for the id it names.
      answers.push(JSON.stringify([written.body, read.body]).replaceAll(String(id), "ID"));
    }
    expect(answers[0]).toBe(answers[1]);
    // An existing unit of the project is 404 to the outsider too, and untouched.
    const kept = await save(s.kept, cookies.outsider);
    expect(kept.status).toBe(404);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: s.kept } })).english).not.toBe("x");
  });

  it("an id that never was is 404 to a member as well (nothing was merged there)", async () => {
    expect((await save(2147483001, cookies.member)).status).toBe(404);
  });

  it("leaves with its document: deleting a document removes its units' tombstones and writes none", async () => {
    const s = await mergedAway();
    const units = await prisma.unit.count({ where: { documentId: s.documentId } });
    expect(units).toBe(2);
    await deleteDocument(s.documentId, member.id).catch(async () => {
      // a translator may not delete documents in every policy; the database rule is what is under test
      await prisma.document.delete({ where: { id: s.documentId } });
    });
    expect(await prisma.unitTombstone.count({ where: { documentId: s.documentId } })).toBe(0);
    expect(await prisma.unitTombstone.count({ where: { unitId: { in: [s.kept, s.gone] } } })).toBe(0);
  });
});
