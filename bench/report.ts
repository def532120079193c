import type { ScenarioResult } from "./types";

export interface Machine {
  cores: number;
  node: string;
  postgres: string;
  date: string;
  totalSeconds: number;
  options: { sentences: number; runs: number; browser: boolean; scenarios: string };
}

const num = (x: number | null | undefined, suffix = "") => (x === null || x === undefined ? "–" : `${x.toLocaleString("en-US")}${suffix}`);
const verdict = (p: boolean | null) => (p === null ? "skipped" : p ? "**pass**" : "**FAIL**");

function metrics(r: ScenarioResult): string {
  const parts = Object.entries(r.metrics ?? {}).map(([k, v]) => `${k}=${typeof v === "number" ? v.toLocaleString("en-US") : v}`);
  if (r.note) parts.push(r.note);
  return parts.join("; ").replace(/\|/g, "\\|");
}

const ANALYSIS = "## Analysis";

/** The hand-written "## Analysis" section of an existing docs/benchmarks.md, kept across re-runs. */
export function keptAnalysis(existing: string | null): string {
  if (!existing) return "";
  const at = existing.indexOf(`\n${ANALYSIS}\n`);
  return at < 0 ? "" : existing.slice(at + 1);
}

/** docs/benchmarks.md: machine, the table, scaling, evidence (plans) for the misses, then the kept analysis. */
export function renderMarkdown(machine: Machine, results: ScenarioResult[], analysis = ""): string {
  const main = results.filter((r) => !r.scenario.startsWith("scaling"));
  const scaling = results.filter((r) => r.scenario.startsWith("scaling"));
  const lines = [
    "# Benchmarks",
    "",
    `Measured with \`npm run bench\` on ${machine.date}: ${machine.cores} cores, Node ${machine.node}, PostgreSQL ${machine.postgres} ` +
      `(local, default settings), a fresh database created and dropped by the bench. Times are the median of ${machine.options.runs} ` +
      `run(s); each scenario runs in its own Node process, so peak RSS is that scenario's own (sampled every 20 ms; growth is over ` +
      `the RSS when the measured call started). Default size: ${machine.options.sentences.toLocaleString("en-US")} sentences. ` +
      `Whole run: ${machine.totalSeconds} s. Options: \`npm run -s bench -- --sentences N --runs K ` +
      "--only import,export,save-unit,open-editor,glossary,align,bulk-approve,search --no-browser --no-build --scaling --connections N`.",
    "",
    "| Scenario | Size | Time (ms) | Throughput (/s) | Peak RSS (MB) | RSS growth (MB) | Baseline (ms) | Ratio | Target | Result | Details |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---|---|---|",
    ...main.map(
      (r) =>
        `| ${r.scenario} | ${num(r.size)} ${r.unit} | ${num(r.timeMs)} | ${num(r.throughput)} | ${num(r.peakRssMb)} | ${num(r.rssGrowthMb)} | ` +
        `${num(r.baselineMs)} | ${num(r.ratio, r.ratio === null ? "" : "×")} | ${r.target} | ${verdict(r.pass)} | ${metrics(r)} |`,
    ),
    "",
    "## Scaling",
    "",
  ];
  if (scaling.length === 0) {
    lines.push("Not measured in this run (`npm run bench -- --scaling` measures import and export at 10k, 50k and 200k).");
  } else {
    lines.push(
      "Import and export at growing sizes; constant time per item means linear growth.",
      "",
      "| Scenario | Size | Time (ms) | µs per item | Baseline (ms) | Ratio | Peak RSS (MB) |",
      "|---|---:|---:|---:|---:|---:|---:|",
      ...scaling.map(
        (r) =>
          `| ${r.scenario} | ${num(r.size)} ${r.unit} | ${num(r.timeMs)} | ${r.timeMs ? Math.round((r.timeMs * 1000) / r.size) : "–"} | ` +
          `${num(r.baselineMs)} | ${num(r.ratio, "×")} | ${num(r.peakRssMb)} |`,
      ),
    );
  }
  const evidence = results.flatMap((r) => (r.evidence ? [{ scenario: r.scenario, text: r.evidence }] : []));
  if (evidence.length) {
    lines.push("", "## Evidence");
    for (const r of evidence) lines.push("", `### ${r.scenario}`, "", "```", r.text.trimEnd(), "```");
  }
  return `${lines.join("\n")}\n${analysis ? `\n${analysis.trimEnd()}\n` : ""}`;
}
