import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `npm start` (in --dev mode, so that no production build is needed) on its own data directory
// and ports: it owns its children, leaves its port for the CLI, and cleans up after kill -9.
const root = path.resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(path.join(tmpdir(), "setu-start-"));
// PostgreSQL runs as the postgres user when the tests run as root: it must reach its directory.
chmodSync(dataDir, 0o755);
const pgPort = 54_400 + Math.floor(Math.random() * 500);
// A free port chosen by the kernel, so that parallel runs never collide.
const appPort = await new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, "127.0.0.1", () => {
    const { port } = server.address() as net.AddressInfo;
    server.close(() => resolve(port));
  });
});
const { DATABASE_URL: _ignored, ...baseEnv } = process.env;
const env = { ...baseEnv, SETU_DATA_DIR: dataDir, SETU_EMBEDDED_PG_PORT: String(pgPort), PORT: String(appPort) };
const started: ChildProcess[] = [];

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 180_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });

function start(): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(process.execPath, [path.join(root, "scripts/start.mjs"), "--dev"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  started.push(child);
  return { child, output: () => output };
}

const owner = () =>
  JSON.parse(readFileSync(path.join(dataDir, "npm-start.json"), "utf8")) as { pid: number; nextPid: number; watchdogPid: number };
const postmasterPid = () => Number(readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
const portFile = path.join(dataDir, "embedded-pg-port");

async function startedAndReady() {
  const run = start();
  const ours = () => {
    try {
      const o = owner();
      return o.pid === run.child.pid && Boolean(o.nextPid);
    } catch {
      return false; // not written yet
    }
  };
  await until("the app to listen", async () => ours() && (await listening(appPort)));
  return run;
}

afterAll(async () => {
  for (const child of started) if (child.exitCode === null) child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 3_000));
  if (existsSync(path.join(dataDir, "pg", "postmaster.pid"))) {
    const pid = postmasterPid();
    if (isAlive(pid)) process.kill(pid, "SIGINT");
  }
  await new Promise((r) => setTimeout(r, 2_000));
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("writes its database port for the CLI, and its watchdog stops PostgreSQL and next-server after kill -9", async () => {
    const run = await startedAndReady();
    expect(readFileSync(portFile, "utf8").trim()).toBe(String(pgPort));
    // The CLI finds the embedded database on its non-default port without being told.
    const { SETU_EMBEDDED_PG_PORT: _port, ...cliEnv } = env;
    const status = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "db", "status"], { encoding: "utf8", env: cliEnv });
    expect(status.stderr).toBe("");
    expect(status.stdout).toMatch(/All \d+ migration\(s\) applied\./);
    expect(status.status).toBe(0);
    // …and refuses, in one line with exit 5, a port that contradicts the running server.
    const wrong = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "db", "status"], {
      encoding: "utf8",
      env: { ...cliEnv, SETU_EMBEDDED_PG_PORT: String(pgPort + 1) },
    });
    expect([wrong.status, wrong.stderr.trim().split("\n").length]).toEqual([5, 1]);
    expect(wrong.stderr).toContain(`runs on port ${pgPort}`);

    const { nextPid } = owner();
    const postgres = postmasterPid();
    expect([isAlive(nextPid), isAlive(postgres)]).toEqual([true, true]);
    run.child.kill("SIGKILL");
    await until("the orphans to stop", () => !isAlive(nextPid) && !isAlive(postgres), 60_000);
    await until("the port file to go", () => !existsSync(portFile), 10_000);
  }, 300_000);

  it("stops orphans an earlier run left (watchdog gone too), refuses a second instance, and stops cleanly on SIGTERM", async () => {
    const first = await startedAndReady();
    const { nextPid, watchdogPid } = owner();
    const postgres = postmasterPid();
    process.kill(watchdogPid, "SIGKILL");
    first.child.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 1_000));
    expect([isAlive(nextPid), isAlive(postgres)]).toEqual([true, true]);

    const second = await startedAndReady();
    expect(second.output()).toContain(`Stopping next-server (PID ${nextPid})`);
    expect(second.output()).toContain(`Stopping PostgreSQL (PID ${postgres}, port ${pgPort})`);
    expect([isAlive(nextPid), isAlive(postgres)]).toEqual([false, false]);

    const third = start();
    const code = await new Promise<number | null>((resolve) => third.child.once("exit", resolve));
    expect(code).toBe(1);
    expect(third.output()).toContain(`another npm start (PID ${second.child.pid}`);

    const { nextPid: nextNow } = owner();
    const postgresNow = postmasterPid();
    second.child.kill("SIGTERM");
    const exit = await new Promise<number | null>((resolve) => second.child.once("exit", resolve));
    expect(exit).toBe(0);
    expect([isAlive(nextNow), isAlive(postgresNow)]).toEqual([false, false]);
    expect(existsSync(portFile)).toBe(false);
  }, 400_000);
});
