import "server-only";
import { monitorEventLoopDelay } from "node:perf_hooks";
import type pg from "pg";
import { env } from "./env";

/**
 * What a request waits for inside the server (#20, capacity): with SETU_DIAG_EVERY_MS set, the server
 * logs, every that many milliseconds, its event-loop delay (p50/p99/max: time a ready callback waited
 * for the loop) and the pool's state sampled every 10 ms (most connections in use, most requests
 * queued for one, how many checkouts had to queue). A line per period on stderr, for the bench to read:
 * `[setu diag] {json}`. Off by default: nothing is measured or kept.
 */
const SAMPLE_MS = 10;

const globalForDiag = globalThis as unknown as { setuDiagStarted?: boolean };

export function watchPool(pool: pg.Pool): void {
  const every = env().SETU_DIAG_EVERY_MS;
  if (!every || globalForDiag.setuDiagStarted) return;
  globalForDiag.setuDiagStarted = true;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let mostBusy = 0;
  let mostWaiting = 0;
  let checkouts = 0;
  let queued = 0;
  let busySamples = 0;
  let samples = 0;
  // A checkout queues when no connection is idle and the pool is full.
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { connect: (...args: unknown[]) => unknown }).connect = (...args: unknown[]) => {
    checkouts++;
    if (pool.idleCount === 0 && pool.totalCount >= (pool.options.max ?? 10)) queued++;
    return connect(...args);
  };
  const sampler = setInterval(() => {
    const busy = pool.totalCount - pool.idleCount;
    mostBusy = Math.max(mostBusy, busy);
    mostWaiting = Math.max(mostWaiting, pool.waitingCount);
    busySamples += busy;
    samples++;
  }, SAMPLE_MS);
  sampler.unref();
  const reporter = setInterval(() => {
    const ms = (ns: number) => Math.round(ns / 1e4) / 100;
    console.error(
      `[setu diag] ${JSON.stringify({
        loopP50Ms: ms(loop.percentile(50)),
        loopP99Ms: ms(loop.percentile(99)),
        loopMaxMs: ms(loop.max),
        poolMax: pool.options.max,
        poolMostBusy: mostBusy,
        poolMeanBusy: samples ? Math.round((busySamples / samples) * 10) / 10 : 0,
        poolMostWaiting: mostWaiting,
        checkouts,
        checkoutsQueued: queued,
      })}`,
    );
    loop.reset();
    mostBusy = mostWaiting = checkouts = queued = busySamples = samples = 0;
  }, every);
  reporter.unref();
}
