/** One row of the benchmark table. Times are milliseconds; null means "not measured" (skipped or n/a). */
export interface ScenarioResult {
  scenario: string;
  size: number;
  /** What `size` and `throughput` count (sentences, units, requests, …). */
  unit: string;
  timeMs: number | null;
  throughput: number | null;
  peakRssMb: number | null;
  rssGrowthMb: number | null;
  baselineMs: number | null;
  ratio: number | null;
  target: string;
  /** null: skipped, nothing to judge. */
  pass: boolean | null;
  metrics?: Record<string, number | string>;
  note?: string;
  /** Long evidence (EXPLAIN plans), printed below the table. */
  evidence?: string;
}

export interface BenchOptions {
  sentences: number;
  runs: number;
  browser: boolean;
  build: boolean;
  scaling: boolean;
  /** Concurrent clients of the save-unit load (the target is for 50). */
  connections: number;
  databaseUrl: string;
  root: string;
}

export interface ScenarioContext extends BenchOptions {
  log: (line: string) => void;
}
