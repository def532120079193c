import { spawn } from "node:child_process";
import path from "node:path";
import { inject } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Runs `setu` against the integration database without blocking this process, for the CLI paths that
 * wait on a job: the test's own worker must keep running meanwhile.
 */
export function setuAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], {
      env: { ...process.env, DATABASE_URL: inject("databaseUrl") },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
