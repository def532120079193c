import { loadQaContext, loadQaContextForUnit } from "@/features/qa/data";
import { refreshDocumentQa, refreshUnitsQa } from "@/features/qa/mutations";
import { prisma } from "@/lib/server/prisma";
import { connect, ensureUnitsDocument } from "../db";
import { measureRuns, percentile, round } from "../measure";
import { row } from "../result";
import type { ScenarioContext, ScenarioResult } from "../types";

const UNITS = 100_000;
const SAVES = 200;
const DOCUMENT_TARGET_MS = 5_000;
const SAVE_TARGET_MS = 2;

/**
 * QA of a whole 100,000-unit document (every check, inconsistent in memory, the rows replaced
 * set-based), and what QA adds to one save: the context read before the transaction (glossary
 * stamp, document format) plus rechecking the unit and its consistency groups inside it.
 */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const client = await connect(ctx.databaseUrl);
  try {
    const id = await ensureUnitsDocument(client, { title: `bench-translated-${UNITS}`, count: UNITS, status: "translated", log: ctx.log });
    let issues = 0;
    const whole = await measureRuns(ctx.runs, async () => {
      const context = await loadQaContext(id);
      issues = (await refreshDocumentQa(context)).issues;
    });
    ctx.log(`QA of ${UNITS} units: ${issues} issues, ${whole.all.map((t) => t.toFixed(0)).join("/")} ms`);

    const units = await client.query<{ id: number }>("SELECT id FROM unit WHERE document_id = $1 ORDER BY random() LIMIT $2", [id, SAVES]);
    const added: number[] = [];
    for (const { id: unitId } of units.rows) {
      await prisma.$transaction(async (tx) => {
        const t0 = performance.now();
        const context = await loadQaContextForUnit(unitId);
        if (!context) throw new Error(`unit ${unitId} is gone`);
        await tx.$queryRaw`SELECT 1 FROM document WHERE id = ${context.documentId} FOR KEY SHARE`;
        await refreshUnitsQa(tx, context, [unitId]);
        added.push(performance.now() - t0);
      });
    }
    const p50 = percentile(added, 50);
    ctx.log(`QA per save: p50 ${p50.toFixed(2)} ms, p95 ${percentile(added, 95).toFixed(2)} ms over ${added.length} saves`);
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
        metrics: { issues, runsMs: whole.all.map((t) => Math.round(t)).join("/") },
      }),
      row({
        scenario: "QA added to one save (context + refreshUnitsQa)",
        size: added.length,
        unit: "saves",
        timeMs: p50,
        target: `p50 ≤ ${SAVE_TARGET_MS} ms`,
        pass: p50 <= SAVE_TARGET_MS,
        metrics: { p50Ms: round(p50, 2), p95Ms: round(percentile(added, 95), 2) },
        note: "measured inside a transaction on a 100,000-unit document; the save's own work is not included",
      }),
    ];
  } finally {
    await client.end();
  }
}
