import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { AppError, firstLineOf } from "@/lib/errors";

/**
 * Setu's migration applier: `prisma migrate deploy` re-done on `pg`, because the native schema engine
 * cannot be downloaded where Setu runs. It keeps Prisma's bookkeeping exactly (table, checksum, rows,
 * advisory lock), so that Prisma Migrate on a connected machine sees the same history.
 *
 * One difference, on purpose: each migration runs inside its own transaction, together with the
 * update that marks it finished, so a failure leaves neither partial schema nor a finished row. Scripts
 * that manage transactions themselves or cannot run in one (BEGIN/COMMIT, CONCURRENTLY) run as Prisma
 * runs them, without a wrapping transaction.
 */

// The key Prisma Migrate locks on, so Setu and the Prisma CLI also exclude each other.
const ADVISORY_LOCK_KEY = 72707369;

// Prisma's DDL, verbatim (sql-schema-connector, postgres flavour).
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export type MigrateOptions = { migrationsDir?: string; log?: (line: string) => void };
export type MigrationState = "applied" | "pending" | "failed" | "modified";
export type MigrationStatus = { name: string; appliedAt: Date | null; checksumOk: boolean; state: MigrationState };

type DiskMigration = { name: string; script: string; checksum: string };
type MigrationRow = { id: string; migration_name: string; checksum: string; finished_at: Date | null };

const defaultMigrationsDir = path.join(process.cwd(), "prisma/migrations");

function sha256(data: Buffer | string): Buffer {
  return createHash("sha256").update(data).digest();
}

/** Prisma's rule: the recorded checksum may come from a checkout with other line endings. */
function checksumMatches(script: string, recorded: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((variant) => {
    const digest = sha256(variant);
    // Old Prisma versions wrote checksums without zero-padding each byte.
    const hex = recorded.length === 64 ? digest.toString("hex") : [...digest].map((b) => b.toString(16)).join("");
    return hex === recorded;
  });
}

function readDiskMigrations(dir: string): DiskMigration[] {
  if (!existsSync(dir)) return [];
  const lock = path.join(dir, "migration_lock.toml");
  if (existsSync(lock) && !/provider\s*=\s*"postgresql"/.test(readFileSync(lock, "utf8"))) {
    throw new AppError("CONFIG", `${lock} names another provider than postgresql`, { reason: "configInvalid" });
  }
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file))
        throw new AppError("CONFIG", `Migration ${name} has no migration.sql`, { reason: "migrationFailed", migration: name });
      const bytes = readFileSync(file);
      return { name, script: bytes.toString("utf8"), checksum: sha256(bytes).toString("hex") };
    });
}

function redact(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    url.password = "";
    return url.toString();
  } catch {
    return "(unparseable database URL)";
  }
}

async function connect(connectionString: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => {});
    const reason = firstLineOf(error);
    throw new AppError("DATABASE_UNAVAILABLE", `Cannot connect to the database at ${redact(connectionString)}: ${reason}`, {
      reason: "databaseUnreachable",
    });
  }
}

/** The rows that count: Prisma ignores rolled-back attempts. Latest attempt per name wins. */
async function readRows(client: pg.Client): Promise<Map<string, MigrationRow>> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
  if (exists.rows[0].t === null) return new Map();
  const { rows } = await client.query<MigrationRow>(
    `SELECT id, migration_name, checksum, finished_at FROM _prisma_migrations
     WHERE rolled_back_at IS NULL ORDER BY started_at, finished_at NULLS LAST`,
  );
  return new Map(rows.map((row) => [row.migration_name, row]));
}

/** Refuses a history Prisma would refuse (failed), or that no longer matches the files (edited, missing). */
function assertHistoryUsable(disk: DiskMigration[], rows: Map<string, MigrationRow>): void {
  const byName = new Map(disk.map((m) => [m.name, m]));
  for (const row of rows.values()) {
    const name = row.migration_name;
    if (row.finished_at === null) {
      throw new AppError(
        "CONFIG",
        `Migration ${name} failed earlier and is not finished; nothing was applied. Repair the database, then mark it ` +
          `with \`prisma migrate resolve --rolled-back ${name}\` (or --applied) before migrating again`,
        { reason: "migrationFailed", migration: name },
      );
    }
    const file = byName.get(name);
    if (!file) {
      throw new AppError("CONFIG", `Migration ${name} is recorded in the database but missing from the migrations directory`, {
        reason: "migrationFailed",
        migration: name,
      });
    }
    if (!checksumMatches(file.script, row.checksum)) {
      throw new AppError("CONFIG", `Migration ${name} was modified after it was applied (checksum mismatch)`, {
        reason: "migrationFailed",
        migration: name,
      });
    }
  }
}

function needsOwnTransactionControl(script: string): boolean {
  return /^\s*(BEGIN|COMMIT|START\s+TRANSACTION|ROLLBACK)\b/im.test(script) || /\bCONCURRENTLY\b/i.test(script);
}

async function runMigration(client: pg.Client, migration: DiskMigration): Promise<void> {
  const id = randomUUID();
  await client.query(
    "INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)",
    [id, migration.checksum, migration.name],
  );
  const finish = "UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1";
  const wrapped = !needsOwnTransactionControl(migration.script);
  try {
    if (wrapped) await client.query("BEGIN");
    // No parameters: pg sends a simple query, so the whole multi-statement script runs as written.
    await client.query(migration.script);
    await client.query(finish, [id]);
    if (wrapped) await client.query("COMMIT");
  } catch (error) {
    if (wrapped) await client.query("ROLLBACK").catch(() => {});
    const e = error as pg.DatabaseError;
    const logs = [`Migration ${migration.name} failed`, e.code && `SQL state ${e.code}`, e.message, e.detail, e.where]
      .filter(Boolean)
      .join("\n");
    await client.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, logs]).catch(() => {});
    throw new AppError("CONFIG", `Migration ${migration.name} failed: ${firstLineOf(e)}`, {
      reason: "migrationFailed",
      migration: migration.name,
      sqlState: e.code,
    });
  }
}

export async function applyMigrations(
  connectionString: string,
  opts: MigrateOptions = {},
): Promise<{ applied: string[]; alreadyApplied: string[] }> {
  const log = opts.log ?? (() => {});
  const disk = readDiskMigrations(opts.migrationsDir ?? defaultMigrationsDir);
  const client = await connect(connectionString);
  try {
    // Held for the whole run: a second instance waits here, then finds everything applied.
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    const existing = await client.query<{ t: string | null }>("SELECT to_regclass('_prisma_migrations')::text AS t");
    if (existing.rows[0].t === null) await client.query(CREATE_MIGRATIONS_TABLE);
    const rows = await readRows(client);
    assertHistoryUsable(disk, rows);
    const alreadyApplied = disk.filter((m) => rows.has(m.name)).map((m) => m.name);
    const applied: string[] = [];
    for (const migration of disk.filter((m) => !rows.has(m.name))) {
      log(`Applying migration ${migration.name}`);
      await runMigration(client, migration);
      applied.push(migration.name);
    }
    log(applied.length ? `Applied ${applied.length} migration(s)` : "No pending migrations");
    return { applied, alreadyApplied };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]).catch(() => {});
    await client.end().catch(() => {});
  }
}

/** Every migration on disk in order, then any the database records that the disk lacks (as "modified"). */
export async function migrationStatus(connectionString: string, opts: MigrateOptions = {}): Promise<MigrationStatus[]> {
  const disk = readDiskMigrations(opts.migrationsDir ?? defaultMigrationsDir);
  const client = await connect(connectionString);
  try {
    const rows = await readRows(client);
    const status: MigrationStatus[] = disk.map((m) => {
      const row = rows.get(m.name);
      if (!row) return { name: m.name, appliedAt: null, checksumOk: true, state: "pending" };
      const checksumOk = checksumMatches(m.script, row.checksum);
      if (row.finished_at === null) return { name: m.name, appliedAt: null, checksumOk, state: "failed" };
      return { name: m.name, appliedAt: row.finished_at, checksumOk, state: checksumOk ? "applied" : "modified" };
    });
    const onDisk = new Set(disk.map((m) => m.name));
    for (const row of rows.values()) {
      if (onDisk.has(row.migration_name)) continue;
      status.push({ name: row.migration_name, appliedAt: row.finished_at, checksumOk: false, state: "modified" });
    }
    return status;
  } finally {
    await client.end().catch(() => {});
  }
}
