#!/usr/bin/env node
// The `setu` command. The CLI is TypeScript sharing code with the app; tsx runs it directly.
// `react-server` makes the app's "server-only" guards resolve to their server (no-op) build.
// The command runs in a child process: this wrapper forwards the signals it can catch (SIGTERM, SIGINT, SIGHUP) and
// exits the way the child did; the child stops itself when this wrapper dies without telling it (kill -9), see
// cli/parent-watch.ts, so that killing `setu` never leaves a command running (and committing) on its own.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx");
const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", tsx, path.join(root, "cli/main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, SETU_ROOT: root, SETU_PARENT_PID: String(process.pid) } },
);
const forwarded = ["SIGTERM", "SIGINT", "SIGHUP"];
for (const signal of forwarded) process.on(signal, () => child.kill(signal));
child.on("error", (error) => {
  process.stderr.write(`setu: could not start the command: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    for (const s of forwarded) process.removeAllListeners(s);
    process.kill(process.pid, signal);
    return;
  }
  process.exit(code ?? 1);
});
