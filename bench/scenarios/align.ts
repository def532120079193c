import { alignSentences } from "@/lib/align/align";
import { syntheticParallel } from "@/lib/align/synthetic-corpus";
import { measureRuns } from "../measure";
import { row } from "../result";
import type { ScenarioContext, ScenarioResult } from "../types";

const SENTENCES = 20_000;
const TARGET_MS = 10_000;
const TARGET_RSS_MB = 1_024;

/** alignSentences over ~20,000 × 20,000 synthetic sentences; peak RSS is this process's maxRSS. */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  // Beads are 1:1 mostly; this many give ~20,000 sentences a side.
  const corpus = syntheticParallel(Math.round(SENTENCES / 1.03), 1);
  ctx.log(`corpus ${corpus.hi.length} × ${corpus.en.length}`);
  let beads = 0;
  const app = await measureRuns(ctx.runs, async () => {
    beads = alignSentences(corpus.hi, corpus.en).length;
  });
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  ctx.log(`${app.all.map((t) => t.toFixed(0)).join("/")} ms, ${beads} beads, maxRSS ${maxRssMb.toFixed(0)} MB`);
  return [
    row({
      scenario: "auto-align (alignSentences)",
      size: corpus.hi.length,
      unit: `× ${corpus.en.length.toLocaleString("en-US")} sentences`,
      timeMs: app.ms,
      peakRssMb: maxRssMb,
      rssGrowthMb: app.growthMb,
      target: `≤ ${TARGET_MS / 1000} s, peak RSS ≤ 1 GB`,
      pass: app.ms <= TARGET_MS && maxRssMb <= TARGET_RSS_MB,
      metrics: { beads, runsMs: app.all.map((t) => Math.round(t)).join("/") },
      note: "peak RSS = the child process's maxRSS (whole process, corpus included)",
    }),
  ];
}
