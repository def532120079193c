/** One scenario in a process of its own (spawned by run.ts): runs it and writes its rows as JSON. */
import { writeFileSync } from "node:fs";
import { loadScenario, type ScenarioName } from "./scenarios";
import type { BenchOptions, ScenarioContext } from "./types";

async function main() {
  const name = process.argv[2] as ScenarioName;
  const options = JSON.parse(process.env.BENCH_OPTIONS ?? "{}") as BenchOptions;
  const ctx: ScenarioContext = { ...options, log: (line) => process.stderr.write(`[${name}] ${line}\n`) };
  const scenario = await loadScenario(name);
  const resultFile = process.env.BENCH_RESULT;
  if (!resultFile) throw new Error("BENCH_RESULT names no file (run.ts sets it)");
  const rows = await scenario.run(ctx);
  writeFileSync(resultFile, JSON.stringify(rows));
}

main().then(
  // The app's Prisma pool keeps the event loop alive; the scenario is done.
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
