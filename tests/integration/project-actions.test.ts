import { beforeAll, describe, expect, it, vi } from "vitest";
import { assignDocumentAction, createProjectAction, removeMemberAction, setMemberAction } from "@/features/projects/actions";
import { createProject, setMember } from "@/features/projects/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { asSession, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The project server actions (features/projects/actions.ts) through the real safe-action wrapper and a real
 * signed session: no session, another role in the project, a manager of another project, a stale assignment
 * and bad input are refused, and the database is the same afterwards. (Another origin is refused by Next's own
 * server-action origin check before any action runs; the routes' origin check is tested in the security matrix.)
 */
type Who = "admin" | "manager" | "translator" | "outsider";
const users = {} as Record<Who, CurrentUser>;
const cookies = {} as Record<Who, string>;
let projectId = "";
let documentId = "";

beforeAll(async () => {
  for (const who of ["admin", "manager", "translator", "outsider"] as const) {
    users[who] = await makeUser(who === "admin" ? "admin" : "translator", `project-actions-${who}`);
    cookies[who] = await sessionCookie(users[who].email, "correct horse 7");
  }
  projectId = (await createProject(`Actions ${Date.now()}`, users.manager.id)).id;
  await setMember(projectId, users.translator.id, "translator", users.manager.id);
  // The outsider manages a project of their own, not this one.
  await createProject(`Elsewhere ${Date.now()}`, users.outsider.id);
  documentId = (await makeDocument(["पहला वाक्य।"], users.manager.id, projectId)).id;
});

async function snapshot() {
  return {
    projects: await prisma.project.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
    members: await prisma.projectMember.findMany({
      where: { projectId },
      orderBy: { userId: "asc" },
      select: { userId: true, role: true },
    }),
    document: await prisma.document.findUnique({
      where: { id: documentId },
      select: { translatorId: true, reviewerId: true, dueDate: true },
    }),
    audit: await prisma.auditLog.count(),
  };
}

const assignment = () => ({
  documentId,
  translatorId: users.translator.id,
  reviewerId: null,
  dueDay: "",
  timeZone: "Asia/Kolkata",
  seen: { translatorId: null, reviewerId: null, dueDate: null },
});

describe("the project actions refuse, changing nothing", () => {
  const cases: [string, Who | null, () => Promise<unknown>, string][] = [
    ["create: no session", null, () => createProjectAction({ name: "X" }), "UNAUTHENTICATED"],
    ["create: a project manager who is no admin", "manager", () => createProjectAction({ name: "X" }), "FORBIDDEN"],
    ["create: an empty name", "admin", () => createProjectAction({ name: " " }), "BAD_INPUT"],
    ["add member: no session", null, () => setMemberAction({ projectId, email: "x@example.test", role: "translator" }), "UNAUTHENTICATED"],
    [
      "add member: a translator of the project",
      "translator",
      () => setMemberAction({ projectId, email: users.outsider.email, role: "translator" }),
      "FORBIDDEN",
    ],
    [
      "add member: a manager of another project",
      "outsider",
      () => setMemberAction({ projectId, email: users.outsider.email, role: "manager" }),
      "NOT_FOUND",
    ],
    ["add member: a malformed email", "manager", () => setMemberAction({ projectId, email: "nope", role: "translator" }), "BAD_INPUT"],
    [
      "add member: an unknown role",
      "manager",
      () => setMemberAction({ projectId, email: users.outsider.email, role: "owner" }),
      "BAD_INPUT",
    ],
    [
      "remove member: a translator of the project",
      "translator",
      () => removeMemberAction({ projectId, userId: users.manager.id }),
      "FORBIDDEN",
    ],
    [
      "remove member: a manager of another project",
      "outsider",
      () => removeMemberAction({ projectId, userId: users.translator.id }),
      "NOT_FOUND",
    ],
    [
      "remove member: the last manager themselves",
      "manager",
      () => removeMemberAction({ projectId, userId: users.manager.id }),
      "CONFLICT",
    ],
    ["assign: no session", null, () => assignDocumentAction(assignment()), "UNAUTHENTICATED"],
    ["assign: a translator of the project", "translator", () => assignDocumentAction(assignment()), "FORBIDDEN"],
    ["assign: a manager of another project", "outsider", () => assignDocumentAction(assignment()), "NOT_FOUND"],
    [
      "assign: a stale view of the assignment",
      "manager",
      () => assignDocumentAction({ ...assignment(), seen: { translatorId: users.manager.id, reviewerId: null, dueDate: null } }),
      "CONFLICT",
    ],
    ["assign: an unknown time zone", "manager", () => assignDocumentAction({ ...assignment(), timeZone: "Mars/Olympus" }), "BAD_INPUT"],
    [
      "assign: a day that is not in the calendar",
      "manager",
      () => assignDocumentAction({ ...assignment(), dueDay: "2026-02-30" }),
      "BAD_INPUT",
    ],
  ];
  for (const [name, who, act, code] of cases) {
    it(`${name} (${code})`, async () => {
      const before = await snapshot();
      const result = await asSession(who ? cookies[who] : null, act);
      expect(result).toMatchObject({ ok: false, code });
      expect(result && typeof result === "object" && "reason" in result && typeof result.reason).toBe("string");
      expect(await snapshot()).toEqual(before);
    });
  }

  it("and a manager's own assignment goes through (so the refusals above are not the wrapper refusing everything)", async () => {
    const result = await asSession(cookies.manager, () => assignDocumentAction(assignment()));
    expect(result).toMatchObject({ ok: true });
    expect((await prisma.document.findUnique({ where: { id: documentId } }))?.translatorId).toBe(users.translator.id);
  });
});
