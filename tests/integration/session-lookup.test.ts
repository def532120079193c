import { createHmac } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as changesRoute } from "@/app/api/documents/[id]/changes/route";
import { POST as presenceRoute } from "@/app/api/documents/[id]/presence/route";
import { PUT as saveRoute } from "@/app/api/units/[id]/route";
import { createProject, removeMember, setMember } from "@/features/projects/mutations";
import { env } from "@/lib/server/env";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { recordStatements } from "../support/statements";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The session lookup of the hot routes (lib/server/session-lookup.ts) reads the session in one query
 * instead of better-auth's getSession: each way a session ends or changes must still apply to the very
 * next request, and a refused save must leave the unit, its history and the audit log as they were.
 */
const DAY = 86_400_000;

async function snapshot(unitId: number) {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId }, select: { english: true, version: true, status: true } });
  const versions = await prisma.unitVersion.count({ where: { unitId } });
  const audits = await prisma.auditLog.count({ where: { unitId } });
  return { unit, versions, audits };
}

function tokenOf(cookie: string): string {
  return decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1)).split(".")[0];
}

async function presenceOf(documentId: string) {
  return prisma.presence.findMany({ where: { documentId }, orderBy: { userId: "asc" } });
}

function ping(cookie: string, documentId: string, unitId: number) {
  return call(presenceRoute, "POST", `/api/documents/${documentId}/presence`, { cookie, params: { id: documentId }, json: { unitId } });
}

async function fresh(role: CurrentUser["role"] = "translator") {
  const user = await makeUser(role, "session");
  const cookie = await sessionCookie(user.email, "correct horse 7");
  const { id, unitIds } = await makeDocument(["पहला वाक्य है।", "दूसरा वाक्य है।"]);
  return { user, cookie, unitId: unitIds[0], documentId: id };
}

function save(cookie: string, unitId: number, version: number, english = `Saved ${Math.random()}.`) {
  return call(saveRoute, "PUT", `/api/units/${unitId}`, {
    cookie,
    params: { id: String(unitId) },
    json: { english, version, markTranslated: false },
  });
}

async function expectRefused(cookie: string, unitId: number, status: number) {
  const before = await snapshot(unitId);
  const res = await save(cookie, unitId, before.unit.version);
  expect(res.status).toBe(status);
  expect(await snapshot(unitId)).toEqual(before);
}

describe("the session of a hot route", () => {
  let translator: Awaited<ReturnType<typeof fresh>>;
  beforeAll(async () => {
    translator = await fresh();
  });

  it("is read in one query, and a save with it is accepted", async () => {
    const recording = recordStatements();
    const res = await save(translator.cookie, translator.unitId, 1, "The first sentence.");
    recording.stop();
    expect(res.status).toBe(200);
    // Before the transaction: the session with its user and the membership check, in one query.
    const beforeTransaction = recording.statements.slice(0, recording.statements.indexOf("BEGIN"));
    expect(beforeTransaction).toHaveLength(1);
    expect(beforeTransaction[0]).toMatch(/FROM session s JOIN "user" su/);
    expect(beforeTransaction[0]).toMatch(/project_member/);
  });

  it("refuses an expired session, which better-auth then deletes", async () => {
    const { cookie, unitId } = await fresh();
    await prisma.session.update({ where: { token: tokenOf(cookie) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectRefused(cookie, unitId, 401);
    expect(await prisma.session.count({ where: { token: tokenOf(cookie) } })).toBe(0);
  });

  it("refuses a signed-out session (its row deleted) at the very next request", async () => {
    const { cookie, unitId } = await fresh();
    expect((await save(cookie, unitId, 1)).status).toBe(200);
    await prisma.session.delete({ where: { token: tokenOf(cookie) } });
    await expectRefused(cookie, unitId, 401);
  });

  it("refuses a tampered cookie: another token under the signature, a changed signature, another secret's, none", async () => {
    const { cookie, unitId } = await fresh();
    const name = cookie.slice(0, cookie.indexOf("="));
    const [token, signature] = decodeURIComponent(cookie.slice(name.length + 1)).split(".");
    const other = await fresh();
    const otherToken = tokenOf(other.cookie);
    const sign = (value: string, secret: string) => createHmac("sha256", secret).update(value).digest("base64");
    const flipped = `${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;
    const forged = [
      `${otherToken}.${signature}`,
      `${token}.${flipped}`,
      `${token}.${sign(token, `${env().BETTER_AUTH_SECRET}x`)}`,
      token,
      `${token}.`,
    ];
    for (const value of forged) await expectRefused(`${name}=${encodeURIComponent(value)}`, unitId, 401);
    // The real one, for contrast: the refusals above are the signature's, not the unit's.
    expect((await save(cookie, unitId, 1)).status).toBe(200);
  });

  it("applies a role change at once (an administrator demoted loses another project's unit)", async () => {
    const admin = await fresh("admin");
    const project = await createProject(`Session ${Date.now()}`, null);
    const { unitIds } = await makeDocument(["एक वाक्य है।"], null, project.id);
    expect((await save(admin.cookie, unitIds[0], 1)).status).toBe(200);
    await prisma.user.update({ where: { id: admin.user.id }, data: { role: "translator" } });
    await expectRefused(admin.cookie, unitIds[0], 404);
  });

  it("refuses a member removed from the project at once", async () => {
    const { user, cookie } = await fresh();
    const project = await createProject(`Members ${Date.now()}`, null);
    await setMember(project.id, user.id, "translator", null);
    const { unitIds } = await makeDocument(["एक वाक्य है।"], null, project.id);
    expect((await save(cookie, unitIds[0], 1)).status).toBe(200);
    await removeMember(project.id, user.id, null);
    await expectRefused(cookie, unitIds[0], 404);
  });

  it("leaves the session row alone until the daily extension is due, then extends it through better-auth", async () => {
    const { cookie, unitId } = await fresh();
    const token = tokenOf(cookie);
    const notDue = new Date(Date.now() + 14 * DAY - 60_000);
    await prisma.session.update({ where: { token }, data: { expiresAt: notDue } });
    expect((await save(cookie, unitId, 1)).status).toBe(200);
    expect((await prisma.session.findUniqueOrThrow({ where: { token } })).expiresAt).toEqual(notDue);
    const due = new Date(Date.now() + 13 * DAY - 60_000);
    await prisma.session.update({ where: { token }, data: { expiresAt: due } });
    expect((await save(cookie, unitId, 2)).status).toBe(200);
    const extended = (await prisma.session.findUniqueOrThrow({ where: { token } })).expiresAt.getTime();
    expect(extended).toBeGreaterThan(Date.now() + 14 * DAY - 120_000);
  });

  it("answers presence in two statements (session with membership, the heartbeat) and changes with one before its read", async () => {
    const { cookie, unitId, documentId } = await fresh();
    let recording = recordStatements();
    expect((await ping(cookie, documentId, unitId)).status).toBe(204);
    recording.stop();
    expect(recording.statements).toHaveLength(2);
    recording = recordStatements();
    const since = new Date(Date.now() - 60_000).toISOString();
    const res = await call(changesRoute, "GET", `/api/documents/${documentId}/changes?since=${since}`, {
      cookie,
      params: { id: documentId },
    });
    recording.stop();
    expect(res.status).toBe(200);
    expect(recording.statements[0]).toMatch(/FROM session s JOIN "user" su/);
    expect(recording.statements.filter((s) => /project_member/.test(s))).toHaveLength(1);
  });

  it("refuses presence and changes at once to a signed-out session and to a removed member, and stores no presence", async () => {
    const { user, cookie } = await fresh();
    const project = await createProject(`Presence ${Date.now()}`, null);
    await setMember(project.id, user.id, "translator", null);
    const { id, unitIds } = await makeDocument(["एक वाक्य है।"], null, project.id);
    const since = new Date(Date.now() - 60_000).toISOString();
    const changes = (c: string) => call(changesRoute, "GET", `/api/documents/${id}/changes?since=${since}`, { cookie: c, params: { id } });
    expect((await changes(cookie)).status).toBe(200);
    await removeMember(project.id, user.id, null);
    expect((await ping(cookie, id, unitIds[0])).status).toBe(404);
    expect((await changes(cookie)).status).toBe(404);
    expect(await presenceOf(id)).toEqual([]);
    await setMember(project.id, user.id, "translator", null);
    await prisma.session.delete({ where: { token: tokenOf(cookie) } });
    expect((await ping(cookie, id, unitIds[0])).status).toBe(401);
    expect((await changes(cookie)).status).toBe(401);
    expect(await presenceOf(id)).toEqual([]);
  });
});
