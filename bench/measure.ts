import { performance } from "node:perf_hooks";

const MB = 1024 * 1024;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Samples this process's RSS every 20 ms while `fn` runs; peak and growth over the RSS at the start. */
async function withRss<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number; growthMb: number; peakHeapMb: number }> {
  const start = process.memoryUsage().rss;
  let peak = start;
  let peakHeap = 0;
  const timer = setInterval(() => {
    const { rss, heapUsed } = process.memoryUsage();
    if (rss > peak) peak = rss;
    if (heapUsed > peakHeap) peakHeap = heapUsed;
  }, 20);
  const t0 = performance.now();
  try {
    const value = await fn();
    const ms = performance.now() - t0;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms, peakMb: peak / MB, growthMb: (peak - start) / MB, peakHeapMb: peakHeap / MB };
  } finally {
    clearInterval(timer);
  }
}

export interface Measured {
  ms: number;
  peakMb: number;
  growthMb: number;
  /** Peak V8 heap in use: tells live data from garbage not yet collected. */
  peakHeapMb: number;
  all: number[];
}

/** Runs `fn` `runs` times (with `reset` before each), median time, worst peak RSS and growth. */
export async function measureRuns(runs: number, fn: () => Promise<unknown>, reset?: () => Promise<void>): Promise<Measured> {
  const all: number[] = [];
  let peakMb = 0;
  let growthMb = 0;
  let peakHeapMb = 0;
  for (let i = 0; i < runs; i++) {
    if (reset) await reset();
    (globalThis as { gc?: () => void }).gc?.();
    const r = await withRss(fn);
    all.push(r.ms);
    peakMb = Math.max(peakMb, r.peakMb);
    growthMb = Math.max(growthMb, r.growthMb);
    peakHeapMb = Math.max(peakHeapMb, r.peakHeapMb);
  }
  return { ms: median(all), peakMb, growthMb, peakHeapMb, all };
}

export async function timeRuns(runs: number, fn: () => Promise<unknown>, reset?: () => Promise<void>): Promise<number> {
  const all: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (reset) await reset();
    const t0 = performance.now();
    await fn();
    all.push(performance.now() - t0);
  }
  return median(all);
}
