import { round } from "./measure";
import type { ScenarioResult } from "./types";

/** A row with the derived columns (throughput, ratio) filled in and numbers rounded for reading. */
export function row(r: {
  scenario: string;
  size: number;
  unit: string;
  timeMs: number | null;
  peakRssMb?: number | null;
  rssGrowthMb?: number | null;
  baselineMs?: number | null;
  target: string;
  pass: boolean | null;
  metrics?: Record<string, number | string>;
  note?: string;
  evidence?: string;
}): ScenarioResult {
  const baselineMs = r.baselineMs ?? null;
  return {
    scenario: r.scenario,
    size: r.size,
    unit: r.unit,
    timeMs: r.timeMs === null ? null : round(r.timeMs),
    throughput: r.timeMs ? Math.round((r.size / r.timeMs) * 1000) : null,
    peakRssMb: r.peakRssMb == null ? null : round(r.peakRssMb),
    rssGrowthMb: r.rssGrowthMb == null ? null : round(r.rssGrowthMb),
    baselineMs: baselineMs === null ? null : round(baselineMs),
    ratio: baselineMs && r.timeMs !== null ? round(r.timeMs / baselineMs, 2) : null,
    target: r.target,
    pass: r.pass,
    ...(r.metrics ? { metrics: r.metrics } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.evidence ? { evidence: r.evidence } : {}),
  };
}

export function skipped(scenario: string, target: string, note: string): ScenarioResult {
  return row({ scenario, size: 0, unit: "", timeMs: null, target, pass: null, note });
}
