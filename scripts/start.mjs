// `npm start`: the one command that runs Setu. Uses DATABASE_URL when set, otherwise starts the
// embedded PostgreSQL (data in .setu-data, kept between runs); applies migrations; builds the app
// when the sources changed since the last build; then serves it until Ctrl+C.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const dataDir = process.env.SETU_DATA_DIR ?? path.join(root, ".setu-data");
const port = process.env.PORT ?? "3000";
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

function fail(message) {
  process.stderr.write(`setu: ${message}\n`);
  process.exit(1);
}

function authSecret() {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  // A secret per installation, kept with its data; several instances must share one (set it).
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

/** A fingerprint of everything `next build` reads, so that a stale build is never served. */
function sourceFingerprint() {
  const hash = createHash("sha256");
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full}:${statSync(full).size}:${statSync(full).mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "features", "lib", "i18n", "messages", "generated"]) {
    if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  }
  for (const file of ["next.config.mjs", "proxy.ts", "package-lock.json", "tsconfig.json"]) {
    if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

function run(cmd, args, env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
}

async function main() {
  let embedded = null;
  const env = { ...process.env, BETTER_AUTH_SECRET: authSecret(), PORT: port, SETU_ROOT: root };
  if (!env.DATABASE_URL) {
    const pgPort = Number(process.env.SETU_EMBEDDED_PG_PORT ?? 54329);
    try {
      embedded = await startEmbeddedPostgres({ dataDir, port: pgPort, log: (l) => console.log(`[postgres] ${l}`) });
    } catch (error) {
      fail(`could not start the embedded PostgreSQL on port ${pgPort}: ${error?.message ?? error}`);
    }
    env.DATABASE_URL = embedded.url;
    console.log(`Embedded PostgreSQL running on 127.0.0.1:${pgPort} (data in ${path.relative(root, dataDir) || dataDir})`);
  }

  let child = null;
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    if (embedded) {
      await embedded.stop();
      console.log("Embedded PostgreSQL stopped.");
    }
    process.exit(code);
  };
  process.on("SIGINT", () => stop(0));
  process.on("SIGTERM", () => stop(0));

  if (run(process.execPath, [path.join(root, "cli/setu.mjs"), "db", "migrate"], env) !== 0) return stop(1);

  if (!dev) {
    const stamp = path.join(root, ".next", "setu-source-fingerprint");
    const fingerprint = sourceFingerprint();
    const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
    if (!built) {
      console.log("Building Setu (first start or sources changed) …");
      if (run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" }) !== 0) return stop(1);
      writeFileSync(stamp, fingerprint);
    }
  }

  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit", env });
  child.on("exit", (code) => stop(code ?? 0));
}

main().catch((error) => fail(error?.message ?? String(error)));
