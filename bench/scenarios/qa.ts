import { loadavg } from "node:os";
import { saveUnit } from "@/features/editor/mutations";
import { loadQaContext } from "@/features/qa/data";
import { refreshDocumentQa } from "@/features/qa/mutations";
import { prisma } from "@/lib/server/prisma";
import { connect, ensureUnitsDocument } from "../db";
import { measureRuns, median, percentile, round } from "../measure";
import { row } from "../result";
import { createBenchUser } from "../server";
import type { ScenarioContext, ScenarioResult } from "../types";

const UNITS = 100_000;
const SAVES = 200;
const DOCUMENT_TARGET_MS = 5_000;
const SAVE_TARGET_MS = 2;

/**
 * QA of a whole 100,000-unit document (every check, inconsistent in memory, the rows replaced
 * set-based), and what QA adds to one save: the editor's own saveUnit (transaction, history,
 * memory, audit, the unit read back) timed with QA and without it on the same units, interleaved
 * so that the machine's load falls on both alike; the row is the difference of the two p50s.
 */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const client = await connect(ctx.databaseUrl);
  try {
    const id = await ensureUnitsDocument(client, { title: `bench-translated-${UNITS}`, count: UNITS, status: "translated", log: ctx.log });
    let issues = 0;
    const cpu: number[] = [];
    // The same-run baseline: reading the document's units and sentences through the app's client,
    // which any whole-document pass pays, alternated with the QA runs so both meet the same load.
    const baseline: number[] = [];
    const readOnly = async () => {
      const t0 = performance.now();
      await prisma.$queryRaw`SELECT id, first_sentence, last_sentence, english FROM unit WHERE document_id = ${id} ORDER BY first_sentence`;
      await prisma.$queryRaw`SELECT position, text FROM sentence WHERE document_id = ${id} ORDER BY position`;
      baseline.push(performance.now() - t0);
    };
    const whole = await measureRuns(ctx.runs, async () => {
      await readOnly();
      const c0 = process.cpuUsage();
      const context = await loadQaContext(id);
      issues = (await refreshDocumentQa(context)).issues;
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    });
    ctx.log(
      `QA of ${UNITS} units: ${issues} issues, ${whole.all.map((t) => t.toFixed(0)).join("/")} ms (node CPU ${cpu.map((t) => t.toFixed(0)).join("/")} ms); reading alone ${baseline.map((t) => t.toFixed(0)).join("/")} ms; load ${loadavg()[0].toFixed(1)}`,
    );

    const units = await client.query<{ id: number; version: number }>(
      "SELECT id, version FROM unit WHERE document_id = $1 ORDER BY random() LIMIT $2",
      [id, SAVES],
    );
    const bench = await createBenchUser("translator", "bench-qa-saver");
    const user = { id: bench.id, email: bench.email, name: "bench-qa-saver", role: "translator" as const };
    const withQa: number[] = [];
    const withoutQa: number[] = [];
    let n = 0;
    const save = async (unit: { id: number; version: number }, qa: boolean) => {
      const english = `The government said on Tuesday that ${++n} villages got electricity, the minister told the court.`;
      const t0 = performance.now();
      const saved = await saveUnit(unit.id, { english, version: unit.version, markTranslated: false }, user, { qa });
      (qa ? withQa : withoutQa).push(performance.now() - t0);
      unit.version = saved.version;
    };
    for (const [k, unit] of units.rows.entries()) {
      // Alternating which goes first, so neither always meets a freshly warmed row.
      for (const qa of k % 2 ? [true, false] : [false, true]) await save(unit, qa);
    }
    const p50 = percentile(withQa, 50) - percentile(withoutQa, 50);
    const p95 = percentile(withQa, 95) - percentile(withoutQa, 95);
    ctx.log(
      `save p50 ${percentile(withQa, 50).toFixed(2)} ms with QA, ${percentile(withoutQa, 50).toFixed(2)} ms without: QA adds ${p50.toFixed(2)} ms (p95 ${p95.toFixed(2)} ms) over ${SAVES} saves each`,
    );
    return [
      row({
        scenario: "QA of a document (refreshDocumentQa)",
        size: UNITS,
        unit: "units",
        timeMs: whole.ms,
        peakRssMb: whole.peakMb,
        rssGrowthMb: whole.growthMb,
        target: `≤ ${DOCUMENT_TARGET_MS / 1000} s`,
        pass: whole.ms <= DOCUMENT_TARGET_MS,
        baselineMs: median(baseline),
        metrics: {
          issues,
          runsMs: whole.all.map((t) => Math.round(t)).join("/"),
          nodeCpuMs: cpu.map((t) => Math.round(t)).join("/"),
          load: round(loadavg()[0], 1),
        },
        note: "baseline: reading the units and sentences alone (same client, same run)",
      }),
      row({
        scenario: "QA added to one save (saveUnit with QA − without, p50)",
        size: withQa.length,
        unit: "saves",
        timeMs: p50,
        target: `p50 ≤ ${SAVE_TARGET_MS} ms added`,
        pass: p50 <= SAVE_TARGET_MS,
        metrics: {
          withQaP50Ms: round(percentile(withQa, 50), 2),
          withoutQaP50Ms: round(percentile(withoutQa, 50), 2),
          addedP95Ms: round(p95, 2),
          // The median of each unit's two saves' difference (taken moments apart): less moved by the load
          // than a difference of two p50s, which at load ~10 spread ±0.5 ms between runs of the same code.
          addedPairedMedianMs: round(
            percentile(
              withQa.map((t, k) => t - withoutQa[k]),
              50,
            ),
            2,
          ),
          load: round(loadavg()[0], 1),
        },
        note: "the editor's saveUnit on a 100,000-unit document, with and without QA on the same units, interleaved",
      }),
    ];
  } finally {
    await client.end();
  }
}
