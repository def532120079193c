import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMyWork, loadProjectDocuments, loadProjectMembers } from "@/features/projects/data";
import { assignDocument, createProject, removeMember, setMember, setMemberByEmail } from "@/features/projects/mutations";
import { AppError } from "@/lib/errors";
import { endOfDay } from "@/lib/projects/due";
import { prisma } from "@/lib/server/prisma";
import { makeDocument, makeUser } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const unique = (label: string) => `${label} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function projectWithManager() {
  const manager = await makeUser("translator", "pm");
  const { id } = await createProject(unique("Managed"), manager.id);
  return { id, manager };
}

const membersOf = async (projectId: string) =>
  (await prisma.projectMember.findMany({ where: { projectId }, orderBy: { userId: "asc" } })).map((m) => [m.userId, m.role]);

describe("members", () => {
  it("the last manager can neither remove themselves nor stop managing; the database is unchanged", async () => {
    const { id, manager } = await projectWithManager();
    const before = await membersOf(id);
    expect((await refusal(removeMember(id, manager.id, manager.id))).reason).toBe("lastManager");
    expect((await refusal(setMemberByEmail(id, manager.email, "translator", manager.id))).reason).toBe("lastManager");
    expect(await membersOf(id)).toEqual(before);
    // With a second manager, the first may go.
    const other = await makeUser("translator", "pm2");
    await setMemberByEmail(id, other.email, "manager", manager.id);
    await removeMember(id, manager.id, other.id);
    expect((await loadProjectMembers(id)).map((m) => m.email)).toEqual([other.email]);
  });

  it("refuses an unknown email and a removal of a non-member, writing nothing", async () => {
    const { id, manager } = await projectWithManager();
    const before = await membersOf(id);
    expect((await refusal(setMemberByEmail(id, "nobody-here@example.test", "translator", manager.id))).reason).toBe("noSuchAccount");
    const outsider = await makeUser("translator", "outsider");
    expect((await refusal(removeMember(id, outsider.id, manager.id))).code).toBe("NOT_FOUND");
    expect(await membersOf(id)).toEqual(before);
  });

  it("a removed member's assignments are cleared, and My work no longer lists them", async () => {
    const { id, manager } = await projectWithManager();
    const translator = await makeUser("translator", "leaver");
    await setMember(id, translator.id, "translator", manager.id);
    const doc = await makeDocument(["पहला वाक्य है।"], manager.id, id);
    await assignDocument(
      { documentId: doc.id, translatorId: translator.id, reviewerId: null, dueDate: null },
      { translatorId: null, reviewerId: null, dueDate: null },
      manager.id,
    );
    expect((await loadMyWork(translator.id)).map((d) => d.id)).toEqual([doc.id]);
    await removeMember(id, translator.id, manager.id);
    expect((await prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).translatorId).toBeNull();
    expect(await loadMyWork(translator.id)).toEqual([]);
  });
});

describe("assignments", () => {
  it("assigns translator, reviewer and a due day that ends in the manager's zone; counts words", async () => {
    const { id, manager } = await projectWithManager();
    const [translator, reviewer] = [await makeUser("translator", "as-t"), await makeUser("translator", "as-r")];
    await setMember(id, translator.id, "translator", manager.id);
    await setMember(id, reviewer.id, "reviewer", manager.id);
    const doc = await makeDocument(["किसान खेत में हैं।", "बारिश हुई।"], manager.id, id);
    const due = endOfDay("2026-12-05", "Asia/Kolkata");
    await assignDocument(
      { documentId: doc.id, translatorId: translator.id, reviewerId: reviewer.id, dueDate: due },
      { translatorId: null, reviewerId: null, dueDate: null },
      manager.id,
    );
    await prisma.unit.update({ where: { id: doc.unitIds[0] }, data: { english: "The farmers are in the field.", status: "approved" } });
    const [row] = await loadProjectDocuments(id);
    expect(row).toMatchObject({ translatorId: translator.id, reviewerId: reviewer.id, words: 6, wordsTranslated: 4, wordsApproved: 4 });
    expect(row.dueDate?.toISOString()).toBe("2026-12-05T18:29:59.999Z");
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { documentId: doc.id, action: "document.assign" } });
    expect(audit.userId).toBe(manager.id);
  });

  it("refuses a stale assignment, a non-member translator and a translator as reviewer, changing nothing", async () => {
    const { id, manager } = await projectWithManager();
    const member = await makeUser("translator", "as-m");
    await setMember(id, member.id, "translator", manager.id);
    const outsider = await makeUser("reviewer", "as-o");
    const doc = await makeDocument(["एक वाक्य।"], manager.id, id);
    const none = { translatorId: null, reviewerId: null, dueDate: null };
    await assignDocument({ documentId: doc.id, translatorId: member.id, reviewerId: null, dueDate: null }, none, manager.id);
    const before = await prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    const stale = await refusal(
      assignDocument({ documentId: doc.id, translatorId: null, reviewerId: null, dueDate: null }, none, manager.id),
    );
    expect([stale.code, stale.reason]).toEqual(["CONFLICT", "staleAssignment"]);
    const seen = { translatorId: member.id, reviewerId: null, dueDate: null };
    expect(
      (await refusal(assignDocument({ documentId: doc.id, translatorId: outsider.id, reviewerId: null, dueDate: null }, seen, manager.id)))
        .reason,
    ).toBe("notAMember");
    expect(
      (
        await refusal(
          assignDocument({ documentId: doc.id, translatorId: member.id, reviewerId: member.id, dueDate: null }, seen, manager.id),
        )
      ).reason,
    ).toBe("notAReviewer");
    expect(await prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).toEqual(before);
  });
});

describe("setu project", () => {
  const env = { ...process.env };
  const setu = (args: string[]) => spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], { env, encoding: "utf8" });

  it("creates, lists and adds members; refuses bad input with a clear line", async () => {
    const name = unique("CLI desk");
    const id = execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), "project", "create", name], {
      env,
      encoding: "utf8",
    }).trim();
    expect(await prisma.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ name });
    const user = await makeUser("translator", "cli-member");
    const added = setu(["project", "add-member", name, "--email", user.email, "--role", "reviewer"]);
    expect(added.status, added.stderr).toBe(0);
    expect((await prisma.projectMember.findUniqueOrThrow({ where: { projectId_userId: { projectId: id, userId: user.id } } })).role).toBe(
      "reviewer",
    );
    const listed = setu(["project", "list"]);
    expect(listed.stdout).toContain(`${id}\t${name}\t1\n`);

    const again = setu(["project", "create", name]);
    expect([again.status, again.stderr]).toEqual([3, expect.stringContaining("already exists")]);
    const badRole = setu(["project", "add-member", name, "--email", user.email, "--role", "admin"]);
    expect([badRole.status, badRole.stderr]).toEqual([2, expect.stringContaining("--role must be one of translator, reviewer, manager")]);
    const noProject = setu(["project", "add-member", "No such desk", "--email", user.email]);
    expect(noProject.status).toBe(3);
    expect(noProject.stderr).toContain("No such desk");
    const noImport = setu(["import", path.join(root, "tests/fixtures/hindi-news-7-lines.txt"), "--title", "x"]);
    // Several projects and none named: the error names the choices, and nothing is imported.
    expect([noImport.status, noImport.stderr]).toEqual([2, expect.stringContaining(name)]);
  });
});
