import { performance } from "node:perf_hooks";
import { connect } from "../db";
import { percentile, round } from "../measure";
import { row, skipped } from "../result";
import { createBenchUser, signInWithBrowser, startApp } from "../server";
import { hindiDocument, syntheticSentences } from "../synthetic";
import type { ScenarioContext, ScenarioResult } from "../types";

/** The project the projects migration creates (bench databases are migrated like any other). */
const PROJECT = "default";

const DURATION_MS = 30_000;
const WARMUP_REQUESTS = 2;
const TARGET_P95_MS = 50;
const scenarioName = (connections: number) => `save a unit (PUT /api/units/:id, ${connections} connections × 30 s)`;
const TARGET = `p95 ≤ ${TARGET_P95_MS} ms, 0 errors, 0 lost writes`;

interface Worker {
  unitId: number;
  version: number;
  /** The last English the server answered 200 for: what the database must hold at the end. */
  lastSaved: string | null;
}

/**
 * 50 concurrent clients for 30 s, each saving its own unit through PUT /api/units/:id with the
 * session cookie, carrying the version forward from each answer (optimistic locking). Then every
 * unit's English in the database must equal the last text its client got a 200 for.
 */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  if (!ctx.browser)
    return [skipped(scenarioName(ctx.connections), TARGET, "--no-browser: signing in goes through the sign-in page in Chromium")];
  const { importDocument } = await import("@/features/documents/mutations");
  const user = await createBenchUser("translator", "bench-saver");
  const doc = await importDocument({
    projectId: PROJECT,
    title: "bench-save-unit",
    text: hindiDocument(syntheticSentences(ctx.connections + 10, 5)),
    userId: user.id,
  });
  const client = await connect(ctx.databaseUrl);
  const app = await startApp(ctx);
  try {
    const signedIn = await signInWithBrowser(app.url, user.email, user.password);
    await signedIn.browser.close();
    const { rows: units } = await client.query<{ id: number; version: number }>(
      "SELECT id, version FROM unit WHERE document_id = $1 ORDER BY first_sentence LIMIT $2",
      [doc.id, ctx.connections],
    );
    if (units.length < ctx.connections) throw new Error(`document has ${units.length} units, need ${ctx.connections}`);
    const workers: Worker[] = units.map((u) => ({ unitId: u.id, version: u.version, lastSaved: null }));
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let conflicts = 0;
    let measuring = false;

    const save = async (w: Worker, n: number, k: number) => {
      const english = `Bench translation ${k}-${n} of unit ${w.unitId}: the government said the scheme reached ${n} villages.`;
      const t0 = performance.now();
      let res: Response;
      try {
        res = await fetch(`${app.url}/api/units/${w.unitId}`, {
          method: "PUT",
          headers: { "content-type": "application/json", cookie: signedIn.cookieHeader, origin: app.url },
          body: JSON.stringify({ english, version: w.version, markTranslated: false }),
        });
      } catch {
        // A network failure counts as an error (status 0), not as the end of the run.
        if (measuring) statuses.set(0, (statuses.get(0) ?? 0) + 1);
        return;
      }
      const body = (await res.json().catch(() => null)) as {
        version?: number;
        error?: { details?: { current?: { version?: number } } };
      } | null;
      const ms = performance.now() - t0;
      if (measuring) {
        latencies.push(ms);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
      if (res.status === 200 && typeof body?.version === "number") {
        w.version = body.version;
        w.lastSaved = english;
      } else if (res.status === 409) {
        conflicts++;
        const current = body?.error?.details?.current?.version;
        if (typeof current === "number") w.version = current;
      }
    };

    // Warm-up: the first requests load the route's code and fill the connection pool.
    await Promise.all(
      workers.map(async (w, k) => {
        for (let n = 0; n < WARMUP_REQUESTS; n++) await save(w, -1 - n, k);
      }),
    );
    measuring = true;
    conflicts = 0;
    // What the database's sessions wait for during the load: evidence for where the time goes.
    const waits = new Map<string, number>();
    let samples = 0;
    const sampler = await connect(ctx.databaseUrl);
    const sampling = setInterval(() => {
      sampler
        .query<{ w: string; n: number }>(
          `SELECT coalesce(wait_event_type || ':' || wait_event, state) AS w, count(*)::int AS n FROM pg_stat_activity
           WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle' GROUP BY 1`,
        )
        .then(({ rows }) => {
          samples++;
          for (const r of rows) waits.set(r.w, (waits.get(r.w) ?? 0) + r.n);
        })
        .catch(() => {});
    }, 100);
    const started = performance.now();
    const stopAt = started + DURATION_MS;
    await Promise.all(
      workers.map(async (w, k) => {
        for (let n = 0; performance.now() < stopAt; n++) await save(w, n, k);
      }),
    );
    const elapsed = performance.now() - started;
    clearInterval(sampling);
    await sampler.end();
    const waitSummary = [...waits.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([w, n]) => `${w} ${(n / Math.max(1, samples)).toFixed(1)}`)
      .join(", ");
    // Service time without queueing: one client alone for a few seconds.
    const loaded = latencies.splice(0);
    const loadedStatuses = new Map(statuses);
    const soloStop = performance.now() + 5_000;
    for (let n = 0; performance.now() < soloStop; n++) await save(workers[0], 100_000 + n, 0);
    const solo = latencies.splice(0);
    latencies.push(...loaded);
    const { rows: stored } = await client.query<{ id: number; english: string }>("SELECT id, english FROM unit WHERE id = ANY($1::int[])", [
      workers.map((w) => w.unitId),
    ]);
    const byId = new Map(stored.map((r) => [r.id, r.english]));
    const lost = workers.filter((w) => w.lastSaved !== null && byId.get(w.unitId) !== w.lastSaved).length;
    const requests = latencies.length;
    const errors = requests - (loadedStatuses.get(200) ?? 0);
    const p50 = percentile(latencies, 50);
    const p95 = percentile(latencies, 95);
    const p99 = percentile(latencies, 99);
    ctx.log(
      `${requests} requests in ${(elapsed / 1000).toFixed(1)} s; p50 ${p50.toFixed(1)} p95 ${p95.toFixed(1)} p99 ${p99.toFixed(1)} ms; errors ${errors}; conflicts ${conflicts}; lost ${lost}`,
    );
    return [
      row({
        scenario: scenarioName(ctx.connections),
        size: requests,
        unit: "requests",
        timeMs: elapsed,
        target: TARGET,
        pass: p95 <= TARGET_P95_MS && errors === 0 && lost === 0,
        metrics: {
          p50Ms: round(p50),
          p95Ms: round(p95),
          p99Ms: round(p99),
          errors,
          conflicts,
          lostWrites: lost,
          singleClientP50Ms: round(percentile(solo, 50)),
          singleClientP95Ms: round(percentile(solo, 95)),
          dbSessionsPerSample: waitSummary,
          statuses: [...loadedStatuses.entries()].map(([s, c]) => `${s}×${c}`).join(" "),
        },
        note: "client and server share the machine's 2 cores; time = wall clock of the load phase, RSS not sampled (server is another process)",
      }),
    ];
  } finally {
    await app.stop();
    await client.end();
  }
}
