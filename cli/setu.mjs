#!/usr/bin/env node
// The `setu` command. The CLI is TypeScript sharing code with the app; tsx runs it directly.
// `react-server` makes the app's "server-only" guards resolve to their server (no-op) build.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const tsx = require.resolve("tsx");
const result = spawnSync(
  process.execPath,
  ["--conditions=react-server", "--import", tsx, path.join(root, "cli/main.ts"), ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, SETU_ROOT: root } },
);
process.exit(result.status ?? 1);
