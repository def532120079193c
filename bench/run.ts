/**
 * `npm run bench`: Setu's performance benchmarks against a database of their own (created here,
 * dropped at the end, also on failure). Each scenario runs in a child process, so that its peak
 * RSS is its own and not what earlier scenarios left behind. JSON goes to stdout, the table to
 * docs/benchmarks.md; progress goes to stderr.
 *
 *   npm run bench -- [--sentences N] [--only import,export,…] [--runs K] [--no-browser] [--no-build] [--scaling] [--connections N]
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "../tests/support/test-database";
import { keptAnalysis, renderMarkdown } from "./report";
import { type ScenarioName, scenarioNames } from "./scenarios";
import type { BenchOptions, ScenarioResult } from "./types";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHILD_TIMEOUT_MS = 15 * 60_000;
/** Filling a 1,000,000-entry memory alone took 525 s on a slower instance; its lookups come after the fill. */
const CHILD_TIMEOUT_OVERRIDES_MS: Partial<Record<ScenarioName, number>> = { "tm-1m": 40 * 60_000 };

function parseArgs(argv: string[]): { options: Omit<BenchOptions, "databaseUrl" | "root">; only: ScenarioName[] } {
  let sentences = 100_000;
  let runs = 3;
  let browser = true;
  let build = true;
  let scaling = false;
  let connections = 50;
  let only: ScenarioName[] = scenarioNames.filter((n) => n !== "scaling");
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === "--sentences") sentences = Number(value());
    else if (arg === "--runs") runs = Number(value());
    else if (arg === "--no-browser") browser = false;
    else if (arg === "--no-build") build = false;
    else if (arg === "--scaling") scaling = true;
    else if (arg === "--connections") connections = Number(value());
    else if (arg === "--only") {
      const names = value()
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !(scenarioNames as readonly string[]).includes(n));
      if (unknown.length) throw new Error(`Unknown scenario(s) ${unknown.join(", ")}; known: ${scenarioNames.join(", ")}`);
      only = names as ScenarioName[];
    } else throw new Error(`Unknown option ${arg}`);
  }
  if (!Number.isInteger(sentences) || sentences < 100) throw new Error("--sentences must be an integer ≥ 100");
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  if (!Number.isInteger(connections) || connections < 1) throw new Error("--connections must be a positive integer");
  if (scaling && !only.includes("scaling")) only = [...only, "scaling"];
  return { options: { sentences, runs, browser, build, scaling, connections }, only };
}

function runChild(name: ScenarioName, options: BenchOptions, env: NodeJS.ProcessEnv, dir: string): Promise<ScenarioResult[]> {
  const resultFile = path.join(dir, `${name}.json`);
  const args = ["--conditions=react-server", "--import", "tsx", "--expose-gc", path.join(root, "bench/child.ts"), name];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...env, BENCH_OPTIONS: JSON.stringify(options), BENCH_RESULT: resultFile },
      // The child's stdout is progress too: stdout of this process is reserved for the JSON.
      stdio: ["ignore", 2, 2],
    });
    const timer = setTimeout(() => child.kill("SIGTERM"), CHILD_TIMEOUT_OVERRIDES_MS[name] ?? CHILD_TIMEOUT_MS);
    const stop = () => child.kill("SIGTERM");
    process.once("SIGINT", stop);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      process.off("SIGINT", stop);
      try {
        resolve(JSON.parse(readFileSync(resultFile, "utf8")) as ScenarioResult[]);
      } catch {
        resolve([
          {
            scenario: name,
            size: 0,
            unit: "",
            timeMs: null,
            throughput: null,
            peakRssMb: null,
            rssGrowthMb: null,
            baselineMs: null,
            ratio: null,
            target: "",
            pass: false,
            note: `child process failed (${signal ?? `exit ${code}`}); see stderr`,
          },
        ]);
      }
    });
  });
}

async function serverVersion(url: string): Promise<string> {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    return rows[0].v;
  } finally {
    await client.end();
  }
}

async function main() {
  const { options, only } = parseArgs(process.argv.slice(2));
  const db = await createTestDatabase("bench");
  const dir = mkdtempSync(path.join(tmpdir(), "setu-bench-"));
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const results: ScenarioResult[] = [];
  try {
    const env = {
      ...process.env,
      DATABASE_URL: db.url,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789abcdef",
    };
    const full: BenchOptions = { ...options, databaseUrl: db.url, root };
    const started = Date.now();
    for (const name of only) {
      if (interrupted) break;
      process.stderr.write(`\n=== ${name} ===\n`);
      const t0 = Date.now();
      const rows = await runChild(name, full, env, dir);
      process.stderr.write(`=== ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s ===\n`);
      results.push(...rows);
    }
    const machine = {
      cores: (await import("node:os")).availableParallelism(),
      node: process.version,
      postgres: await serverVersion(db.url),
      date: new Date().toISOString().slice(0, 10),
      totalSeconds: Math.round((Date.now() - started) / 1000),
      options: { sentences: options.sentences, runs: options.runs, browser: options.browser, scenarios: only.join(",") },
    };
    process.stdout.write(`${JSON.stringify({ machine, results }, null, 2)}\n`);
    mkdirSync(path.join(root, "docs"), { recursive: true });
    const docFile = path.join(root, "docs/benchmarks.md");
    const analysis = keptAnalysis(existsSync(docFile) ? readFileSync(docFile, "utf8") : null);
    writeFileSync(docFile, renderMarkdown(machine, results, analysis));
    process.stderr.write(`\nWrote docs/benchmarks.md (${machine.totalSeconds} s)\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.drop().catch((error) => process.stderr.write(`Could not drop ${db.name}: ${error}\n`));
  }
  if (results.some((r) => r.pass === false)) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
  process.exit(2);
});
