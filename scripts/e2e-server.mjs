// Serves a production build (`next build && next start`) for the Playwright tests, on a fresh
// database of its own that is dropped when the server stops.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { workerCommand } from "./worker-command.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const port = process.env.E2E_PORT ?? "3100";
const name = `setu_e2e_${process.pid}_${Date.now().toString(36)}`;
const url = new URL(adminUrl);
url.pathname = `/${name}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${name}"`);
// Specs create users with a given role through the CLI against this database.
mkdirSync(path.join(root, "test-results"), { recursive: true });
writeFileSync(path.join(root, "test-results", `e2e-db-url-${port}`), url.toString());
const env = {
  ...process.env,
  DATABASE_URL: url.toString(),
  BETTER_AUTH_SECRET: "e2e-secret-0123456789abcdef0123456789abcdef",
  SETU_URL: `http://127.0.0.1:${port}`,
  PORT: port,
  NODE_ENV: "production",
  // Small enough that e2e/18-jobs-ui.spec.ts imports a file of ~100 KB as a job; every other spec's files are far smaller.
  SETU_IMPORT_JOB_BYTES: process.env.SETU_IMPORT_JOB_BYTES ?? String(64 * 1024),
};
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const migrate = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "db", "migrate"], { cwd: root, env, stdio: "inherit" });
if (migrate.status !== 0) process.exit(1);
if (!process.env.E2E_SKIP_BUILD) {
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(1);
}
const server = spawn(process.execPath, [nextBin, "start", "-p", port, "-H", "127.0.0.1"], { cwd: root, env, stdio: "inherit" });
// Alignment runs as a job: one worker beside the server, as `npm start` runs it.
const [workerCmd, workerArgs] = workerCommand(root);
const worker = spawn(workerCmd, workerArgs, { cwd: root, env: { ...env, SETU_ROOT: root }, stdio: "inherit" });
let cleaning = false;
async function cleanUp() {
  if (cleaning) return;
  cleaning = true;
  for (const child of [server, worker]) child.kill("SIGTERM");
  await Promise.all(
    [server, worker].map(
      (child) => new Promise((resolve) => (child.exitCode === null && child.signalCode === null ? child.once("exit", resolve) : resolve())),
    ),
  );
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
  process.exit(0);
}
process.on("SIGTERM", cleanUp);
process.on("SIGINT", cleanUp);
server.on("exit", cleanUp);
worker.on("exit", cleanUp);
