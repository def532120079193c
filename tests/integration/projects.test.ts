import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { importDocument } from "@/features/documents/mutations";
import { loadGlossaryEntriesForMatching } from "@/features/glossary/data";
import { createEntry, importGlossary } from "@/features/glossary/mutations";
import { glossaryEntryInput } from "@/features/glossary/schema";
import { loadMembership, loadMyProjects, resolveProjectFor } from "@/features/projects/data";
import { createProject, setMember } from "@/features/projects/mutations";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import { applyMigrations } from "@/prisma/migrate";
import { DEFAULT_PROJECT, makeUser } from "../support/fixtures";
import { adminUrl } from "../support/test-database";

const cleanUp: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const run of cleanUp.reverse()) await run();
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const unique = (label: string) => `${label} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

describe("the projects migration", () => {
  it("moves every document and glossary entry into Default and makes every account a member with its role", async () => {
    const all = path.join(process.cwd(), "prisma/migrations");
    const names = readdirSync(all, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const projects = names.findIndex((n) => n.endsWith("_projects"));
    expect(projects).toBeGreaterThan(0);
    const before = mkdtempSync(path.join(tmpdir(), "setu-projects-"));
    cleanUp.push(async () => rmSync(before, { recursive: true, force: true }));
    cpSync(path.join(all, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    for (const name of names.slice(0, projects)) cpSync(path.join(all, name), path.join(before, name), { recursive: true });
    const name = `setu_projects_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    cleanUp.push(async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    });
    await applyMigrations(url.toString(), { migrationsDir: before, log: () => {} });

    const db = new pg.Client({ connectionString: url.toString() });
    await db.connect();
    try {
      await db.query(`INSERT INTO "user" (id, name, email, role, "updatedAt") VALUES
        ('a', 'A', 'a@example.test', 'admin', now()), ('r', 'R', 'r@example.test', 'reviewer', now()),
        ('t', 'T', 't@example.test', 'translator', now())`);
      await db.query(`INSERT INTO document (id, title, created_by_id) VALUES ('d1', 'One', 't'), ('d2', 'Two', NULL)`);
      await db.query(`INSERT INTO glossary_entry (id, hindi, updated_at) VALUES ('g1', 'किसान', now()), ('g2', 'नदी', now())`);

      await applyMigrations(url.toString(), { log: () => {} });

      expect((await db.query(`SELECT id, name FROM project`)).rows).toEqual([{ id: "default", name: "Default" }]);
      expect((await db.query(`SELECT id, project_id, translator_id, reviewer_id, due_date FROM document ORDER BY id`)).rows).toEqual([
        { id: "d1", project_id: "default", translator_id: null, reviewer_id: null, due_date: null },
        { id: "d2", project_id: "default", translator_id: null, reviewer_id: null, due_date: null },
      ]);
      expect((await db.query(`SELECT id, project_id FROM glossary_entry ORDER BY id`)).rows).toEqual([
        { id: "g1", project_id: "default" },
        { id: "g2", project_id: "default" },
      ]);
      expect((await db.query(`SELECT project_id, user_id, role::text FROM project_member ORDER BY user_id`)).rows).toEqual([
        { project_id: "default", user_id: "a", role: "manager" },
        { project_id: "default", user_id: "r", role: "reviewer" },
        { project_id: "default", user_id: "t", role: "translator" },
      ]);
      // The global role is kept for administering the installation.
      expect((await db.query(`SELECT id, role::text FROM "user" ORDER BY id`)).rows.map((r) => r.role)).toEqual([
        "admin",
        "reviewer",
        "translator",
      ]);
      expect((await db.query(`SELECT value FROM instance_setting WHERE key = 'accounts.defaultProject'`)).rows).toEqual([
        { value: "default" },
      ]);
      // A document needs a project; a project with documents cannot be deleted by accident.
      await expect(db.query(`INSERT INTO document (id, title) VALUES ('d3', 'Three')`)).rejects.toMatchObject({ code: "23502" });
      await expect(db.query(`DELETE FROM project WHERE id = 'default'`)).rejects.toMatchObject({ code: "23503" });
      // Removing an account leaves its assignments unassigned.
      await db.query(`UPDATE document SET translator_id = 't', reviewer_id = 'r' WHERE id = 'd1'`);
      await db.query(`DELETE FROM "user" WHERE id IN ('t', 'r')`);
      expect((await db.query(`SELECT translator_id, reviewer_id FROM document WHERE id = 'd1'`)).rows).toEqual([
        { translator_id: null, reviewer_id: null },
      ]);
      expect((await db.query(`SELECT count(*)::int AS n FROM project_member`)).rows).toEqual([{ n: 1 }]);
    } finally {
      await db.end();
    }
  });
});

describe("membership", () => {
  it("a new account joins the default project with the role it was given", async () => {
    const translator = await makeUser("translator", "join");
    const reviewer = await makeUser("reviewer", "join");
    const admin = await makeUser("admin", "join");
    expect(await loadMembership(DEFAULT_PROJECT, translator.id)).toBe("translator");
    expect(await loadMembership(DEFAULT_PROJECT, reviewer.id)).toBe("reviewer");
    expect(await loadMembership(DEFAULT_PROJECT, admin.id)).toBe("manager");
  });

  it("lists a member's projects by name, and every project for an administrator", async () => {
    const translator = await makeUser("translator", "list");
    const admin = await makeUser("admin", "list");
    const { id } = await createProject(unique("Client A"), null);
    const name = (await prisma.project.findUniqueOrThrow({ where: { id } })).name;
    expect((await loadMyProjects(translator)).map((p) => p.id)).toEqual([DEFAULT_PROJECT]);
    await setMember(id, translator.id, "reviewer", admin.id);
    const mine = await loadMyProjects(translator);
    expect(mine).toContainEqual({ id, name, role: "reviewer" });
    expect(mine).toContainEqual({ id: DEFAULT_PROJECT, name: "Default", role: "translator" });
    const everything = await loadMyProjects(admin);
    expect(everything).toContainEqual({ id, name, role: null });
    expect(everything.length).toBe(await prisma.project.count());
  });

  it("refuses a second project of the same name and leaves the database as it was", async () => {
    const name = unique("Desk");
    await createProject(name, null);
    const before = await prisma.project.count();
    const error = await refusal(createProject(name, null));
    expect(error.code).toBe("CONFLICT");
    expect(error.reason).toBe("projectNameTaken");
    expect(await prisma.project.count()).toBe(before);
  });

  it("makes the creator of a project its manager", async () => {
    const creator = await makeUser("reviewer", "creator");
    const { id } = await createProject(unique("Created"), creator.id);
    expect(await loadMembership(id, creator.id)).toBe("manager");
  });
});

describe("where a new document goes", () => {
  it("into the only project, into the chosen one, or an error naming the choices", async () => {
    const translator = await makeUser("translator", "where");
    expect(await resolveProjectFor(translator)).toBe(DEFAULT_PROJECT);
    const name = unique("Client B");
    const { id } = await createProject(name, null);
    await setMember(id, translator.id, "translator", null);

    const error = await refusal(resolveProjectFor(translator));
    expect(error.code).toBe("BAD_INPUT");
    expect(error.reason).toBe("projectRequired");
    expect(error.details?.choices).toEqual(expect.arrayContaining(["Default", name]));
    expect(error.message).toContain(name);

    expect(await resolveProjectFor(translator, id)).toBe(id);
    expect(await resolveProjectFor(translator, name.toUpperCase())).toBe(id);

    const doc = await importDocument({ projectId: id, title: unique("In B"), text: "एक वाक्य।", userId: translator.id });
    expect((await prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).projectId).toBe(id);
  });

  it("never into a project the person is not a member of", async () => {
    const outsider = await makeUser("translator", "outsider");
    const { id } = await createProject(unique("Closed"), null);
    const error = await refusal(resolveProjectFor(outsider, id));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.reason).toBe("projectNotFound");
    expect(error.message).not.toContain("Closed");
  });
});

describe("a glossary per project", () => {
  it("holds the same Hindi term once per project, and imports touch only their project", async () => {
    const editor = await makeUser("reviewer", "per-project");
    const { id } = await createProject(unique("Glossary B"), null);
    const hindi = `परियोजना${Date.now().toString(36)}`;
    const fields = glossaryEntryInput.parse({ hindi, terms: [{ english: "project" }] });
    await createEntry(DEFAULT_PROJECT, fields, editor.id);
    await createEntry(id, { ...fields, terms: [{ english: "scheme", status: "preferred" }] }, editor.id);

    const before = await prisma.glossaryEntry.count();
    const error = await refusal(createEntry(id, fields, editor.id));
    expect(error.reason).toBe("duplicateTerm");
    expect(await prisma.glossaryEntry.count()).toBe(before);

    const report = await importGlossary(
      id,
      [{ id: "f1", hindi, partOfSpeech: null, note: null, english: [{ text: "plan", status: "preferred" }] }],
      editor.id,
    );
    expect(report).toEqual({ added: 0, updated: 1, skipped: 0 });
    const inB = (await loadGlossaryEntriesForMatching(id)).find((e) => e.hindi === hindi);
    const inDefault = (await loadGlossaryEntriesForMatching(DEFAULT_PROJECT)).find((e) => e.hindi === hindi);
    expect(inB?.english.map((e) => e.text)).toEqual(["scheme", "plan"]);
    expect(inDefault?.english.map((e) => e.text)).toEqual(["project"]);
  });

  it("refuses an import into a project that does not exist, writing nothing", async () => {
    const before = await prisma.glossaryEntry.count();
    const error = await refusal(
      importGlossary(
        "no-such-project",
        [{ id: "f", hindi: "नया", partOfSpeech: null, note: null, english: [{ text: "new", status: "preferred" }] }],
        null,
      ),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await prisma.glossaryEntry.count()).toBe(before);
  });
});
