/**
 * Builds (once) a lab database with a 1,000,000-entry memory through the bench's own fill, so that
 * the analysis can be iterated on without refilling (the fill takes ~9 minutes). Not part of `npm run bench`.
 *
 *   node --conditions=react-server --import tsx bench/lab-tm-fill.ts NAME [SIZE]
 */
import { writeFileSync } from "node:fs";
import pg from "pg";
import { applyMigrations } from "../prisma/migrate";
import { adminUrl } from "../tests/support/test-database";
import { fillMemory } from "./scenarios/tm";

async function main() {
  const name = process.argv[2];
  const size = Number(process.argv[3] ?? 1_000_000);
  if (!name || !/^setu_[a-z0-9_]+$/.test(name)) throw new Error("usage: lab-tm-fill.ts setu_NAME [SIZE]");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await applyMigrations(url, { log: () => {} });
  const memory = await fillMemory(
    { databaseUrl: url, log: (l: string) => process.stderr.write(`${l}\n`), runs: 1 } as unknown as Parameters<typeof fillMemory>[0],
    size,
  );
  writeFileSync(`/work/tm1m-lab/${name}.json`, JSON.stringify({ url, projectId: memory.projectId, size }));
  process.stderr.write(`done: ${url} project ${memory.projectId}\n`);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
    process.exit(1);
  },
);
