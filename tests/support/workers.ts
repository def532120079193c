import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { inject } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Short timings for the workers a test starts (their own processes read them; so does the test's). */
export const WORKER_ENV = { SETU_JOB_STALE_SECONDS: "8", SETU_JOB_SWEEP_SECONDS: "1", SETU_JOB_EXPIRE_SECONDS: "600" };

/**
 * `setu worker` processes on the test database, for kill-and-restart tests: `spawn` resolves once
 * one says it is ready, `kill` is SIGKILL (a crash), `stop` is SIGTERM, `killAll` for afterAll.
 */
export function workerProcesses() {
  const children: ChildProcess[] = [];
  return {
    async spawn(): Promise<ChildProcess> {
      const child = spawn(process.execPath, [path.join(root, "cli/setu.mjs"), "worker"], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: inject("databaseUrl"), ...WORKER_ENV },
        stdio: ["ignore", "pipe", "pipe"],
        // Its own process group: cli/setu.mjs runs the worker as a child, and a kill must reach both.
        detached: true,
      });
      children.push(child);
      let stderr = "";
      child.stderr?.on("data", (chunk) => {
        stderr += String(chunk);
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout?.on("data", (chunk) => {
          if (String(chunk).includes("ready")) resolve();
        });
        child.once("exit", (code) => reject(new Error(`setu worker exited (${code}) before it was ready: ${stderr}`)));
      });
      return child;
    },
    kill(child: ChildProcess): Promise<void> {
      return new Promise((resolve) => {
        child.once("exit", () => resolve());
        process.kill(-(child.pid as number), "SIGKILL");
      });
    },
    stop(child: ChildProcess): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        child.once("exit", () => resolve());
        process.kill(-(child.pid as number), "SIGTERM");
      });
    },
    killAll(): void {
      for (const child of children)
        if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid as number), "SIGKILL");
    },
  };
}
