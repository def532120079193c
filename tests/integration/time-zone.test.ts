import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocumentSummary } from "@/features/documents/data";
import { loadChanges } from "@/features/editor/data";
import { saveUnit } from "@/features/editor/mutations";
import { getPgPool } from "@/lib/server/pg";
import { prisma } from "@/lib/server/prisma";
import { applyMigrations } from "../../prisma/migrate";
import { makeDocument, makeUser } from "../support/fixtures";
import { adminUrl } from "../support/test-database";

/*
 * Setu's users work in India: this file runs the Node process in Asia/Kolkata (UTC+05:30) and writes
 * through a database session in Asia/Kolkata, as psql or another tool on such a machine would.
 * Stored instants must not move, the change feed must not re-send old edits, and "last activity"
 * must not lie in the future, whichever code path (Prisma or raw SQL `now()`) wrote the row.
 */
const previousTz = process.env.TZ;
let istSession: pg.Client;

const database = new URL(process.env.DATABASE_URL ?? "").pathname.slice(1);

beforeAll(async () => {
  process.env.TZ = "Asia/Kolkata";
  istSession = new pg.Client({ connectionString: process.env.DATABASE_URL, options: "-c timezone=Asia/Kolkata" });
  await istSession.connect();
  // The database server runs in IST too: every new session starts there (the app's pools included,
  // unless they set their own zone). This file's app connections are opened after this.
  await istSession.query(`ALTER DATABASE "${database}" SET timezone TO 'Asia/Kolkata'`);
});

afterAll(async () => {
  await istSession.query(`ALTER DATABASE "${database}" RESET timezone`);
  await istSession.end();
  if (previousTz === undefined) delete process.env.TZ;
  else process.env.TZ = previousTz;
});

describe("time in Asia/Kolkata", () => {
  it("runs where it says it runs", async () => {
    // Node really is at +05:30 here, and so is the second database session.
    expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).toBe(-330);
    expect((await istSession.query("SHOW timezone")).rows[0].TimeZone).toBe("Asia/Kolkata");
    // The app's own pools always talk UTC, whatever the server's or database's default.
    const [{ TimeZone }] = await prisma.$queryRaw<{ TimeZone: string }[]>`SHOW timezone`;
    expect(TimeZone).toBe("UTC");
    expect((await getPgPool().query("SHOW timezone")).rows[0].TimeZone).toBe("UTC");
  });

  it("stores every timestamp as timestamptz", async () => {
    const { rows } = await istSession.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type LIKE 'timestamp%' AND table_name <> '_prisma_migrations'`,
    );
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.filter((r) => r.data_type !== "timestamp with time zone")).toEqual([]);
  });

  it("keeps the change feed to what changed, and last activity in the past", async () => {
    const user = await makeUser("translator", "ist");
    const doc = await makeDocument(["पहला वाक्य।", "दूसरा वाक्य।"], user.id);
    const before = Date.now();
    await saveUnit(doc.unitIds[0], { english: "First.", version: 1, markTranslated: true }, user);
    const after = Date.now();

    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[0] } });
    expect(unit.updatedAt.getTime()).toBeGreaterThanOrEqual(before - 1_000);
    expect(unit.updatedAt.getTime()).toBeLessThanOrEqual(after + 1_000);

    // A poll from a minute after the edit gets nothing back (the edit is not 5 h 30 min "newer").
    const later = await loadChanges(doc.id, new Date(after + 60_000), user.id);
    expect(later.units).toEqual([]);
    const earlier = await loadChanges(doc.id, new Date(before - 60_000), user.id);
    expect(earlier.units.find((u) => u.id === doc.unitIds[0])?.english).toBe("First.");

    const summary = await loadDocumentSummary(doc.id);
    expect(new Date(summary?.updatedAt ?? 0).getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
  });

  it("reads a row written with now() by a session in IST as the same instant", async () => {
    const user = await makeUser("translator", "ist-raw");
    const doc = await makeDocument(["तीसरा वाक्य।"], user.id);
    const { rows } = await istSession.query(
      "UPDATE unit SET updated_at = now() WHERE id = $1 RETURNING updated_at, to_char(updated_at, 'TZH:TZM') AS offset",
      [doc.unitIds[0]],
    );
    expect(rows[0].offset).toBe("+05:30");
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[0] } });
    expect(Math.abs(unit.updatedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(unit.updatedAt.getTime()).toBe((rows[0].updated_at as Date).getTime());
  });
});

describe("the timestamptz migration", () => {
  it("reads the old values as UTC even when the migrating session is in Asia/Kolkata", async () => {
    const name = `setu_tzmig_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    // Every session of this database starts in IST, the migration's included.
    await admin.query(`ALTER DATABASE "${name}" SET timezone TO 'Asia/Kolkata'`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const all = path.resolve(import.meta.dirname, "../../prisma/migrations");
      const before = mkdtempSync(path.join(tmpdir(), "setu-tz-"));
      const names = readdirSync(all)
        .filter((n) => /^\d{14}_/.test(n))
        .sort();
      const target = names.findIndex((n) => n.endsWith("_timestamptz_and_sign_in_throttle"));
      for (const n of names.slice(0, target)) cpSync(path.join(all, n), path.join(before, n), { recursive: true });
      cpSync(path.join(all, "migration_lock.toml"), path.join(before, "migration_lock.toml"));
      await applyMigrations(url.toString(), { migrationsDir: before });

      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      // Prisma wrote UTC wall-clock times into the old timestamp columns.
      await db.query(
        `INSERT INTO document (id, title, created_at, updated_at) VALUES ('d1', 'T', '2026-01-01 00:00:00', '2026-01-01 00:00:00')`,
      );
      await db.end();
      await applyMigrations(url.toString(), { migrationsDir: all });

      const check = new pg.Client({ connectionString: url.toString() });
      await check.connect();
      const { rows } = await check.query(`SELECT created_at FROM document WHERE id = 'd1'`);
      await check.end();
      expect((rows[0].created_at as Date).toISOString()).toBe("2026-01-01T00:00:00.000Z");
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
