// The boundaries hold: a deliberately wrong import fails `npm run lint` (Biome for the import rules,
// scripts/check-structure.ts for client components and feature files).
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, test } from "vitest";
import { checkProject, readProject } from "./check-structure";

const root = path.resolve(import.meta.dirname, "..");
const probes: string[] = [];

/** Writes a throwaway source file into the tree (removed after the test) and returns its path. */
function probe(relative: string, source: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
  probes.push(file);
  return relative;
}

afterEach(() => {
  for (const file of probes.splice(0)) rmSync(file, { force: true });
});

function biomeLint(file: string) {
  const result = spawnSync(path.join(root, "node_modules/.bin/biome"), ["lint", "--error-on-warnings", "--colors=off", file], {
    cwd: root,
    encoding: "utf8",
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

const id = `${process.pid}-${Date.now()}`;
// Biome reads the whole project for its type-aware rules: seconds, more on a busy machine.
const SLOW = { timeout: 120_000 };

test("pure lib/ importing the database client fails the lint", SLOW, () => {
  const file = probe(`lib/text/lint-probe-${id}.ts`, 'import { prisma } from "@/lib/server/prisma";\n\nexport const probe = prisma;\n');
  const { status, output } = biomeLint(file);
  expect(status).not.toBe(0);
  expect(output).toContain("lint/style/noRestrictedImports");
  expect(output).toContain("lib/ is pure");
});

test("pure lib/ reading files or importing a feature fails the lint", SLOW, () => {
  const file = probe(
    `lib/text/lint-probe-${id}.ts`,
    'import { readFileSync } from "node:fs";\nimport { loadComments } from "../../features/review/data";\n\nexport const probe = [readFileSync, loadComments];\n',
  );
  const { status, output } = biomeLint(file);
  expect(status).not.toBe(0);
  expect(output).toContain("read files in the CLI, a route or a test");
  expect(output).toContain("Imports flow app → features → lib");
});

test("a component or a route querying the database itself fails the lint", SLOW, () => {
  const file = probe(
    `app/api/lint-probe-${id}/route.ts`,
    'import { prisma } from "@/lib/server/prisma";\n\nexport const probe = prisma;\n',
  );
  const { status, output } = biomeLint(file);
  expect(status).not.toBe(0);
  expect(output).toContain("Only features/*/data.ts, features/*/mutations.ts and lib/server/ talk to the database");
});

test("a promise nobody awaits in server code fails the lint", SLOW, () => {
  const file = probe(
    `lib/server/lint-probe-${id}.ts`,
    "async function work() {\n  return 1;\n}\n\nexport function probe() {\n  work();\n}\n",
  );
  const { status, output } = biomeLint(file);
  expect(status).not.toBe(0);
  expect(output).toContain("lint/nursery/noFloatingPromises");
});

test("the repository passes the structure check, and a client component importing features/x/data fails it", SLOW, () => {
  const project = readProject(root);
  expect(checkProject(project)).toEqual([]);
  project.set("features/editor/components/probe.tsx", '"use client";\n\nimport type { CommentView } from "@/features/review/data";\n');
  project.set("features/editor/helpers.ts", "export const probe = 1;\n");
  expect(checkProject(project)).toEqual([
    expect.stringContaining("features/editor/helpers.ts: a feature holds"),
    expect.stringContaining("features/editor/components/probe.tsx: imports types from features/review/data.ts, which is server-only"),
  ]);
});
