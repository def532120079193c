import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import pg from "pg";

/**
 * Prisma's schema engine, run as WebAssembly through @prisma/adapter-pg, because the native engine
 * binary cannot be downloaded here. Used for drift checks and for writing new migrations; applying
 * migrations is prisma/migrate.ts's job and does not need the engine.
 */

const root = process.cwd();
const defaultSchemaPath = path.join(root, "prisma/schema.prisma");
export const defaultMigrationsDir = path.join(root, "prisma/migrations");
const noFilters = { externalTables: [], externalEnums: [] };

type Glue = typeof import("@prisma/schema-engine-wasm") & { __wbg_set_wasm(exports: WebAssembly.Exports): void };
let engineModule: Promise<Glue> | undefined;

// The Prisma CLI ships the engine build matching its own version; the npm package of the same
// bindings has no release for 7.10.1's engine hash but shares its JS glue (identical imports).
function loadEngineModule(): Promise<Glue> {
  engineModule ??= (async () => {
    const require = createRequire(path.join(root, "package.json"));
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as Glue;
    const cliWasm = path.join(path.dirname(require.resolve("prisma/package.json")), "build/schema_engine_bg.wasm");
    const wasmPath = existsSync(cliWasm) ? cliWasm : path.join(path.dirname(gluePath), "schema_engine_bg.wasm");
    const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), {
      "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
    });
    // A Rust panic in the engine reports its message here before the WebAssembly traps; without a
    // registry the glue itself throws and the panic's reason is lost.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message(message: string) {
        console.error(`Prisma schema engine panicked: ${message}`);
      },
    };
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return glue;
  })();
  return engineModule;
}

// PostgreSQL's one-byte "char" type (pg_class.relkind, pg_constraint.contype, read by the engine's
// describer) is unknown to @prisma/adapter-pg 7.10, which then fails the whole introspection. The
// pool reports such a column as text, and the adapter's result then types it as the engine's
// Character again (the describer reads contype "as char": text would make it panic on a CHECK).
const PG_CHAR = 18;
const PG_TEXT = 25;
const COLUMN_CHARACTER = 6;
const charColumns = new AsyncLocalStorage<Set<string>>();
function relabelCharColumns<T>(result: T): T {
  for (const field of (result as { fields?: { name: string; dataTypeID: number }[] })?.fields ?? []) {
    if (field.dataTypeID !== PG_CHAR) continue;
    field.dataTypeID = PG_TEXT;
    charColumns.getStore()?.add(field.name);
  }
  return result;
}

function poolFor(connectionString: string): pg.Pool {
  const pool = new pg.Pool({ connectionString, max: 2, idleTimeoutMillis: 1_000, allowExitOnIdle: true });
  const patch = (target: { query: (...args: never[]) => unknown }) => {
    const query = target.query.bind(target) as (...args: unknown[]) => unknown;
    target.query = ((...args: unknown[]) => {
      const out = query(...args);
      return out instanceof Promise ? out.then(relabelCharColumns) : out;
    }) as never;
  };
  patch(pool as never);
  pool.on("connect", (client) => patch(client as never));
  return pool;
}

function withDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(connectionString, "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The driver adapter the engine needs; its shadow databases are throwaway databases on the same server. */
function adapterFactory(connectionString: string): SqlMigrationAwareDriverAdapterFactory {
  const connect = async (url: string) => {
    const pool = poolFor(url);
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = (query) => {
      const chars = new Set<string>();
      return charColumns.run(chars, async () => {
        const result = await queryRaw(query);
        result.columnNames.forEach((name, i) => {
          if (chars.has(name)) result.columnTypes[i] = COLUMN_CHARACTER as (typeof result.columnTypes)[number];
        });
        return result;
      });
    };
    // adapter-pg splits scripts on every ";", which breaks dollar-quoted function bodies. Send the
    // script whole, as one simple-protocol query, like the native engine does.
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(connectionString),
    async connectToShadowDb(): Promise<SqlDriverAdapter> {
      const name = `setu_shadow_${randomUUID().replaceAll("-", "")}`;
      await adminQuery(connectionString, `CREATE DATABASE "${name}"`);
      const adapter = await connect(withDatabase(connectionString, name));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await adminQuery(connectionString, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      };
      return adapter;
    },
  };
}

export async function withSchemaEngine<T>(connectionString: string, schema: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const glue = await loadEngineModule();
  const engine = await glue.SchemaEngine.new(
    { datamodels: [["schema.prisma", schema]] },
    // The engine's tracing lines; its errors arrive as rejections, which is all callers need.
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory(connectionString)),
  );
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

/** The migrations directory as the engine wants it: every `<name>/migration.sql`, sorted by name. */
export function readMigrationsList(migrationsDir: string = defaultMigrationsDir): MigrationList {
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const names = existsSync(migrationsDir)
    ? readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
        .map((entry) => entry.name)
        .sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/** SQL that would take `from` to the datamodel of `schemaPath`; empty when they match. */
export async function diffToSchema(
  connectionString: string,
  from: "database" | MigrationList,
  schemaPath: string = defaultSchemaPath,
): Promise<string> {
  const schema = readFileSync(schemaPath, "utf8");
  return withSchemaEngine(connectionString, schema, async (engine) => {
    const result = await engine.diff({
      // "schemaDatasource" means the live database behind the driver adapter (the engine refuses urls).
      from:
        from === "database"
          ? { tag: "schemaDatasource", files: [{ path: schemaPath, content: schema }], configDir: path.dirname(schemaPath) }
          : { tag: "migrations", ...from },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schema }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const script = result.stdout ?? "";
    return script.trim() === "-- This is an empty migration." || script.trim() === "" ? "" : script;
  });
}

/** Compares the live database with schema.prisma (or `schemaPath`); `script` is the SQL that would close the gap. */
export async function checkDrift(
  connectionString: string,
  schemaPath: string = defaultSchemaPath,
): Promise<{ drift: boolean; script: string }> {
  const script = await diffToSchema(connectionString, "database", schemaPath);
  return { drift: script !== "", script };
}
