import { createHash, randomUUID } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { applyMigrations, migrationStatus } from "@/prisma/migrate";
import { checkDrift, readMigrationsList, withSchemaEngine } from "@/prisma/schema-drift";

const adminUrl = "postgres://postgres@127.0.0.1:5432/postgres";
const migrationsDir = path.join(process.cwd(), "prisma/migrations");
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const created: string[] = [];
const tempDirs: string[] = [];

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const name = `setu_mig_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await admin(`CREATE DATABASE "${name}"`);
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function copyOfMigrations(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "setu-migrations-"));
  tempDirs.push(dir);
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

function addMigration(dir: string, name: string, sql: string): void {
  mkdirSync(path.join(dir, name));
  writeFileSync(path.join(dir, name, "migration.sql"), sql);
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isAppError(error)).toBe(true);
  return error as Error;
}

type Row = {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: Date | null;
  applied_steps_count: number;
  logs: string | null;
};
const selectRows = "SELECT * FROM _prisma_migrations ORDER BY migration_name, started_at";

afterAll(async () => {
  for (const name of created) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe("applyMigrations", () => {
  it("applies every migration once, with the rows Prisma Migrate writes", async () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    const url = await freshDatabase();

    const first = await applyMigrations(url);
    expect(first).toEqual({ applied: migrationNames, alreadyApplied: [] });

    const rows = await query<Row>(url, selectRows);
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      const file = readFileSync(path.join(migrationsDir, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.logs).toBeNull();
    }

    const second = await applyMigrations(url);
    expect(second).toEqual({ applied: [], alreadyApplied: migrationNames });
    expect(await query<Row>(url, selectRows)).toHaveLength(migrationNames.length);
    expect((await migrationStatus(url)).map((s) => [s.name, s.state, s.checksumOk])).toEqual(
      migrationNames.map((name) => [name, "applied", true]),
    );
  });

  it("keeps the audit log append-only", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    await query(url, `INSERT INTO audit_log (action) VALUES ('test')`);
    await expect(query(url, `UPDATE audit_log SET action = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    expect(await query(url, `SELECT action FROM audit_log`)).toEqual([{ action: "test" }]);
  });

  it("applies each migration exactly once when two instances start together", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([applyMigrations(url), applyMigrations(url)]);
    expect([...a.applied, ...b.applied].sort()).toEqual(migrationNames);
    const counts = await query<{ migration_name: string; n: string }>(
      url,
      "SELECT migration_name, count(*) AS n FROM _prisma_migrations GROUP BY migration_name ORDER BY migration_name",
    );
    expect(counts).toEqual(migrationNames.map((name) => ({ migration_name: name, n: "1" })));
  });

  it("refuses a migration edited after it was applied, and applies nothing", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    await applyMigrations(url, { migrationsDir: dir });
    const edited = migrationNames[0];
    writeFileSync(path.join(dir, edited, "migration.sql"), readFileSync(path.join(dir, edited, "migration.sql"), "utf8") + "\n-- edited\n");
    addMigration(dir, "29990101000000_pending", 'CREATE TABLE "should_not_exist" (id int);');

    const error = await rejection(applyMigrations(url, { migrationsDir: dir }));
    expect(error.message).toContain(edited);
    expect(error.message).toMatch(/modified/);
    expect(await query(url, `SELECT to_regclass('should_not_exist') AS t`)).toEqual([{ t: null }]);
    expect(await query<Row>(url, selectRows)).toHaveLength(migrationNames.length);
    expect((await migrationStatus(url, { migrationsDir: dir })).find((s) => s.name === edited)?.state).toBe("modified");
  });

  it("refuses a history that records a migration missing on disk", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    addMigration(dir, "29990101000000_extra", 'CREATE TABLE "extra" (id int);');
    await applyMigrations(url, { migrationsDir: dir });
    const error = await rejection(applyMigrations(url));
    expect(error.message).toContain("29990101000000_extra");
    expect(error.message).toMatch(/missing/);
  });

  it("records a failing migration as unfinished, leaves nothing of it, and blocks later runs", async () => {
    const url = await freshDatabase();
    const dir = copyOfMigrations();
    const broken = "29990101000000_broken";
    addMigration(dir, broken, 'CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";\n');

    const error = await rejection(applyMigrations(url, { migrationsDir: dir }));
    expect(error.message).toContain(broken);
    expect(error.message).toContain("no_such_table");

    const row = (await query<Row>(url, selectRows)).find((r) => r.migration_name === broken);
    expect(row?.finished_at).toBeNull();
    expect(row?.applied_steps_count).toBe(0);
    expect(row?.logs).toContain("no_such_table");
    expect(await query(url, `SELECT to_regclass('half_done') AS t`)).toEqual([{ t: null }]);

    const again = await rejection(applyMigrations(url, { migrationsDir: dir }));
    expect(again.message).toContain(broken);
    expect(again.message).toMatch(/failed/);
    expect((await migrationStatus(url, { migrationsDir: dir })).at(-1)).toMatchObject({ name: broken, state: "failed" });
  });

  it("reports an unreachable database without its password", async () => {
    const error = await rejection(applyMigrations("postgres://postgres:s3cret@127.0.0.1:1/nowhere"));
    expect((error as Error & { code: string }).code).toBe("DATABASE_UNAVAILABLE");
    expect(error.message).toContain("127.0.0.1:1/nowhere");
    expect(error.message).not.toContain("s3cret");
  });
});

describe("checkDrift", () => {
  it("finds no drift between the migrated database and schema.prisma", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    expect(await checkDrift(url)).toEqual({ drift: false, script: "" });
  });

  it("reports a column the database lacks", async () => {
    const url = await freshDatabase();
    await applyMigrations(url);
    const dir = mkdtempSync(path.join(tmpdir(), "setu-schema-"));
    tempDirs.push(dir);
    const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    const changed = schema.replace(/model Document \{\n/, 'model Document {\n  subtitle      String?    @map("drift_subtitle")\n');
    expect(changed).not.toBe(schema);
    writeFileSync(path.join(dir, "schema.prisma"), changed);

    const result = await checkDrift(url, path.join(dir, "schema.prisma"));
    expect(result.drift).toBe(true);
    expect(result.script).toContain('"drift_subtitle"');
    expect(result.script).toMatch(/ALTER TABLE "document" ADD COLUMN/);
  });
});

describe("compatibility with Prisma Migrate", () => {
  it("Prisma's own engine sees our history as applied, and we see its history as applied", async () => {
    const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    const ours = await freshDatabase();
    await applyMigrations(ours);
    const diagnosis = await withSchemaEngine(ours, schema, (engine) =>
      engine.diagnoseMigrationHistory({
        migrationsList: readMigrationsList(migrationsDir),
        optInToShadowDatabase: false,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    expect(diagnosis).toMatchObject({ editedMigrationNames: [], failedMigrationNames: [], hasMigrationsTable: true, history: null });

    const theirs = await freshDatabase();
    const deployed = await withSchemaEngine(theirs, schema, (engine) =>
      engine.applyMigrations({ migrationsList: readMigrationsList(migrationsDir), filters: { externalTables: [], externalEnums: [] } }),
    );
    expect(deployed.appliedMigrationNames).toEqual(migrationNames);
    expect(await applyMigrations(theirs)).toEqual({ applied: [], alreadyApplied: migrationNames });
    const [ourRow] = await query<Row>(ours, selectRows);
    const [theirRow] = await query<Row>(theirs, selectRows);
    expect({ ...ourRow, id: "", finished_at: null, started_at: null }).toEqual({
      ...theirRow,
      id: "",
      finished_at: null,
      started_at: null,
    });
  });
});
