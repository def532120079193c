import { randomUUID } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { getGlossarySnapshot } from "@/features/glossary/data";
import { createEntry, deleteEntry, importGlossary, updateEntry } from "@/features/glossary/mutations";
import { glossaryEntryInput } from "@/features/glossary/schema";
import { getPgPool } from "@/lib/server/pg";
import { prisma } from "@/lib/server/prisma";
import { applyMigrations } from "@/prisma/migrate";
import { DEFAULT_PROJECT, makeDocument, makeUser } from "../support/fixtures";
import { adminUrl } from "../support/test-database";

/** The SQLSTATE a statement failed with (23503 foreign key, 23514 check), or null when it succeeded. */
async function sqlState(run: () => Promise<unknown>): Promise<string | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const e = error as {
      code?: string;
      cause?: { originalCode?: string; code?: string };
      meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
    };
    return e.meta?.driverAdapterError?.cause?.originalCode ?? e.cause?.originalCode ?? e.cause?.code ?? e.code ?? "unknown";
  }
}

async function glossaryVersion(): Promise<bigint> {
  return (await prisma.glossaryVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
}

describe("foreign keys", () => {
  it("refuse presence of a user, document or unit that does not exist", async () => {
    const user = await makeUser("translator", "fk");
    const doc = await makeDocument(["पहला वाक्य।"], user.id);
    const pool = getPgPool();
    const insert = (userId: string, documentId: string, unitId: number | null) =>
      pool.query("INSERT INTO presence (user_id, document_id, unit_id) VALUES ($1, $2, $3)", [userId, documentId, unitId]);
    expect(await sqlState(() => insert("no-such-user", doc.id, null))).toBe("23503");
    expect(await sqlState(() => insert(user.id, "no-such-document", null))).toBe("23503");
    expect(await sqlState(() => insert(user.id, doc.id, 2_000_000_000))).toBe("23503");
    expect(await sqlState(() => insert(user.id, doc.id, doc.unitIds[0]))).toBeNull();
    expect(
      await sqlState(() => pool.query("INSERT INTO comment (unit_id, author_id, body) VALUES ($1, 'ghost', 'x')", [doc.unitIds[0]])),
    ).toBe("23503");
  });

  it("remove presence with its document, user or unit, and keep a deleted user's work without the name", async () => {
    const [author, reader, other] = await Promise.all([
      makeUser("reviewer", "del"),
      makeUser("translator", "del"),
      makeUser("translator", "del"),
    ]);
    const doc = await makeDocument(["पहला वाक्य।", "दूसरा वाक्य।"], author.id);
    const [first, second] = doc.unitIds;
    await prisma.unit.update({ where: { id: first }, data: { authorId: author.id } });
    const comment = await prisma.comment.create({ data: { unitId: first, authorId: author.id, body: "देखिए", resolvedById: author.id } });
    await prisma.presence.createMany({
      data: [
        { userId: author.id, documentId: doc.id, unitId: first },
        { userId: reader.id, documentId: doc.id, unitId: second },
      ],
    });

    // The unit a user edits goes (a merge): the user stays in the document, editing nothing.
    await prisma.unit.delete({ where: { id: second } });
    expect(await prisma.presence.findUnique({ where: { userId_documentId: { userId: reader.id, documentId: doc.id } } })).toMatchObject({
      unitId: null,
    });

    await prisma.user.delete({ where: { id: author.id } });
    expect(await prisma.presence.count({ where: { userId: author.id } })).toBe(0);
    expect(await prisma.comment.findUnique({ where: { id: comment.id } })).toMatchObject({
      authorId: null,
      resolvedById: null,
      body: "देखिए",
    });
    expect(await prisma.unit.findUnique({ where: { id: first } })).toMatchObject({ authorId: null, createdById: null });
    expect(await prisma.document.findUnique({ where: { id: doc.id } })).toMatchObject({ createdById: null });

    await prisma.presence.create({ data: { userId: other.id, documentId: doc.id } });
    await prisma.document.delete({ where: { id: doc.id } });
    expect(await prisma.presence.count({ where: { documentId: doc.id } })).toBe(0);
  });
});

describe("check constraints", () => {
  it("keep a unit's sentence range in order and its confidence in [0, 1]", async () => {
    const doc = await makeDocument(["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।"]);
    const pool = getPgPool();
    const set = (sql: string) => pool.query(`UPDATE unit SET ${sql} WHERE id = $1`, [doc.unitIds[2]]);
    expect(await sqlState(() => set("last_sentence = first_sentence - 1"))).toBe("23514");
    expect(await sqlState(() => set("confidence = 1.01"))).toBe("23514");
    expect(await sqlState(() => set("confidence = -0.01"))).toBe("23514");
    expect(await sqlState(() => set("confidence = 'NaN'"))).toBe("23514");
    for (const ok of ["confidence = 0", "confidence = 1", "confidence = NULL", "last_sentence = first_sentence"]) {
      expect(await sqlState(() => set(ok)), ok).toBeNull();
    }
  });
});

describe("the integrity migration on a database with bad rows", () => {
  const cleanUp: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const fn of cleanUp) await fn();
  });

  it("repairs them instead of failing", async () => {
    const all = path.join(process.cwd(), "prisma/migrations");
    const names = readdirSync(all, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const integrity = names.findIndex((n) => n.endsWith("_integrity"));
    expect(integrity).toBeGreaterThan(0);
    // The migrations before it, into a database of its own.
    const before = mkdtempSync(path.join(tmpdir(), "setu-integrity-"));
    cleanUp.push(async () => rmSync(before, { recursive: true, force: true }));
    cpSync(path.join(all, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
    for (const name of names.slice(0, integrity)) cpSync(path.join(all, name), path.join(before, name), { recursive: true });
    const name = `setu_integrity_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
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
      await db.query(`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('u1', 'U', 'u@example.test', now())`);
      await db.query(`INSERT INTO document (id, title, created_by_id) VALUES ('d1', 'D', 'gone-user')`);
      await db.query(`INSERT INTO unit (document_id, first_sentence, last_sentence, confidence, author_id, english)
                      VALUES ('d1', 0, 0, 1.7, 'gone-user', 'kept'), ('d1', 3, 1, -2, 'u1', 'reversed'), ('d1', 5, 5, 'NaN', NULL, '')`);
      const unitId = (await db.query(`SELECT id FROM unit WHERE english = 'kept'`)).rows[0].id;
      await db.query(
        `INSERT INTO comment (unit_id, author_id, kind, body) VALUES ($1, 'gone-user', 'reject', 'why'), ($1, 'u1', 'odd', 'hm')`,
        [unitId],
      );
      await db.query(
        `INSERT INTO presence (user_id, document_id, unit_id) VALUES ('u1', 'd1', 999999), ('gone-user', 'd1', NULL), ('u1', 'gone-doc', NULL)`,
      );

      await applyMigrations(url.toString(), { log: () => {} });

      const units = (
        await db.query(`SELECT english, first_sentence, last_sentence, confidence, author_id FROM unit ORDER BY first_sentence`)
      ).rows;
      expect(units).toEqual([
        { english: "kept", first_sentence: 0, last_sentence: 0, confidence: 1, author_id: null },
        { english: "reversed", first_sentence: 3, last_sentence: 3, confidence: 0, author_id: "u1" },
        { english: "", first_sentence: 5, last_sentence: 5, confidence: null, author_id: null },
      ]);
      expect((await db.query(`SELECT created_by_id FROM document`)).rows).toEqual([{ created_by_id: null }]);
      expect((await db.query(`SELECT author_id, kind::text, body FROM comment ORDER BY body DESC`)).rows).toEqual([
        { author_id: null, kind: "reject", body: "why" },
        { author_id: "u1", kind: "comment", body: "hm" },
      ]);
      expect((await db.query(`SELECT user_id, document_id, unit_id FROM presence`)).rows).toEqual([
        { user_id: "u1", document_id: "d1", unit_id: null },
      ]);
    } finally {
      await db.end();
    }
  });
});

describe("the glossary version", () => {
  it("moves with every write, through the app or not, and the matcher follows it", async () => {
    const editor = await makeUser("reviewer", "gv");
    const v0 = await glossaryVersion();
    await getGlossarySnapshot(DEFAULT_PROJECT);
    expect(await glossaryVersion()).toBe(v0);

    const fields = glossaryEntryInput.parse({ hindi: "संस्करण", terms: [{ english: "version" }] });
    const entry = await createEntry(DEFAULT_PROJECT, fields, editor.id);
    const v1 = await glossaryVersion();
    expect(v1).toBeGreaterThan(v0);
    const stored = await prisma.glossaryEntry.findUniqueOrThrow({ where: { id: entry.id } });
    await updateEntry(
      { ...fields, id: entry.id, terms: [{ english: "edition", status: "preferred" }], expectedUpdatedAt: stored.updatedAt.toISOString() },
      editor.id,
    );
    const v2 = await glossaryVersion();
    expect(v2).toBeGreaterThan(v1);
    expect((await getGlossarySnapshot(DEFAULT_PROJECT)).matcher.match("नया संस्करण").length).toBe(1);

    // A write outside the app's functions (psql, another tool) is seen too.
    await getPgPool().query(`UPDATE glossary_term SET english = 'release' WHERE entry_id = $1`, [entry.id]);
    const v3 = await glossaryVersion();
    expect(v3).toBeGreaterThan(v2);
    const snapshot = await getGlossarySnapshot(DEFAULT_PROJECT);
    expect(snapshot.stamp).toBe(v3.toString());
    expect(snapshot.byId.get(entry.id)?.english.map((e) => e.text)).toEqual(["release"]);

    await importGlossary(
      DEFAULT_PROJECT,
      [{ id: "file-1", hindi: "संस्करण", partOfSpeech: null, note: null, english: [{ text: "release", status: "forbidden" }] }],
      editor.id,
    );
    expect(await glossaryVersion()).toBeGreaterThan(v3);
    await deleteEntry(entry.id, editor.id);
    expect((await getGlossarySnapshot(DEFAULT_PROJECT)).byId.has(entry.id)).toBe(false);
  });
});

describe("one connection pool per process", () => {
  it("carries Prisma's queries and the raw pg paths alike", async () => {
    const pool = getPgPool();
    const idleBefore = pool.totalCount;
    // Six Prisma queries at once need six connections: they must come from the shared pool.
    await Promise.all(Array.from({ length: 6 }, () => prisma.$queryRaw`SELECT pg_sleep(0.2)::text`));
    expect(pool.totalCount).toBeGreaterThanOrEqual(Math.max(6, idleBefore));
  });
});
