import { performance } from "node:perf_hooks";
import { buildMatcher } from "@/lib/glossary/matcher";
import { measureRuns, round } from "../measure";
import { row } from "../result";
import { syntheticSentences, syntheticTerms, vocabulary } from "../synthetic";
import type { ScenarioContext, ScenarioResult } from "../types";

const TERMS = 10_000;
/** A baseline run this slow is not repeated: the median would not change the verdict. */
const SLOW_BASELINE_MS = 10_000;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** buildMatcher (trie over folded words, inflections included) vs one RegExp alternation of the terms. */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const vocab = vocabulary();
  const terms = syntheticTerms(TERMS, vocab);
  const sentences = syntheticSentences(ctx.sentences, 1, vocab).map((s) => s.hindi);
  const entries = terms.map((t, i) => ({ id: String(i), hindi: t.hindi, english: [{ text: t.english, status: "preferred" as const }] }));

  let found = 0;
  let buildMs = 0;
  const app = await measureRuns(ctx.runs, async () => {
    const t0 = performance.now();
    const matcher = buildMatcher(entries);
    buildMs = performance.now() - t0;
    found = 0;
    for (const s of sentences) found += matcher.match(s).length;
  });
  ctx.log(`buildMatcher + match: ${app.all.map((t) => t.toFixed(0)).join("/")} ms (build ${buildMs.toFixed(0)} ms), ${found} matches`);

  // Longest first so that a longer term wins over its prefix; Unicode lookarounds stand in for \b,
  // which does not know Devanagari.
  const source = [...terms.map((t) => t.hindi)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
  let regexFound = 0;
  const baselineRuns: number[] = [];
  for (let i = 0; i < ctx.runs; i++) {
    const t0 = performance.now();
    const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${source})(?![\\p{L}\\p{M}\\p{N}])`, "gu");
    regexFound = 0;
    for (const s of sentences) for (const _ of s.matchAll(re)) regexFound++;
    baselineRuns.push(performance.now() - t0);
    if (baselineRuns[0] > SLOW_BASELINE_MS) break;
  }
  const baselineMs = baselineRuns.sort((a, b) => a - b)[Math.floor(baselineRuns.length / 2)];
  ctx.log(`RegExp baseline: ${baselineRuns.map((t) => t.toFixed(0)).join("/")} ms, ${regexFound} matches`);
  return [
    row({
      scenario: "glossary matching (buildMatcher, 10,000 terms)",
      size: sentences.length,
      unit: "sentences",
      timeMs: app.ms,
      peakRssMb: app.peakMb,
      rssGrowthMb: app.growthMb,
      baselineMs,
      target: "faster than one RegExp alternation",
      pass: app.ms < baselineMs,
      metrics: {
        buildMs: round(buildMs),
        matches: found,
        regexMatches: regexFound,
        baselineRuns: baselineRuns.length,
      },
      note: "time includes building the matcher (and compiling the RegExp); the matcher also finds inflected forms",
    }),
  ];
}
