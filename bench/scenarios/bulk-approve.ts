import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { connect, ensureUnitsDocument } from "../db";
import { measureRuns, timeRuns } from "../measure";
import { row, skipped } from "../result";
import { createBenchUser } from "../server";
import type { ScenarioContext, ScenarioResult } from "../types";

const UNITS = 100_000;
const TARGET_RATIO = 3;
const SCENARIO = "bulk approve (bulkApprove)";

type BulkApprove = (
  documentId: string,
  filter: { status?: "translated"; withoutTermIssues?: boolean },
  user: { id: string; email: string; name: string; role: "translator" | "reviewer" | "admin" },
) => Promise<{ approved: number }>;

/** Loaded by path at run time: the review feature may not exist in every checkout the bench runs on. */
async function loadBulkApprove(root: string): Promise<BulkApprove | null> {
  const file = path.join(root, "features/review/mutations.ts");
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { bulkApprove?: BulkApprove };
  return typeof mod.bulkApprove === "function" ? mod.bulkApprove : null;
}

/** bulkApprove of 100,000 translated units vs one UPDATE … SET status = 'approved'. */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const target = `≤ ${TARGET_RATIO}× one UPDATE`;
  const bulkApprove = await loadBulkApprove(ctx.root);
  if (!bulkApprove) return [skipped(SCENARIO, target, "not available: features/review/mutations.ts has no bulkApprove")];
  const reviewer = await createBenchUser("reviewer", "bench-reviewer");
  const user = { id: reviewer.id, email: reviewer.email, name: "bench-reviewer", role: "reviewer" as const };
  const client = await connect(ctx.databaseUrl);
  try {
    const id = await ensureUnitsDocument(client, { title: `bench-translated-${UNITS}`, count: UNITS, status: "translated", log: ctx.log });
    const reset = async () => {
      await client.query("DELETE FROM unit_version WHERE unit_id IN (SELECT id FROM unit WHERE document_id = $1)", [id]);
      await client.query("UPDATE unit SET status = 'translated' WHERE document_id = $1", [id]);
      await client.query("VACUUM ANALYZE unit");
      await client.query("VACUUM ANALYZE unit_version");
    };
    let approved = 0;
    const app = await measureRuns(
      ctx.runs,
      async () => {
        approved = (await bulkApprove(id, { status: "translated", withoutTermIssues: false }, user)).approved;
      },
      reset,
    );
    ctx.log(`bulkApprove: ${approved} units, ${app.all.map((t) => t.toFixed(0)).join("/")} ms`);
    let updated = 0;
    const baselineMs = await timeRuns(
      ctx.runs,
      async () => {
        updated =
          (await client.query("UPDATE unit SET status = 'approved' WHERE document_id = $1 AND status = 'translated'", [id])).rowCount ?? 0;
      },
      reset,
    );
    await reset();
    ctx.log(`UPDATE baseline: ${updated} rows, ${baselineMs.toFixed(0)} ms`);
    return [
      row({
        scenario: SCENARIO,
        size: UNITS,
        unit: "units",
        timeMs: app.ms,
        peakRssMb: app.peakMb,
        rssGrowthMb: app.growthMb,
        baselineMs,
        target,
        pass: approved === UNITS && app.ms / baselineMs <= TARGET_RATIO,
        metrics: { approved, baselineUpdated: updated, runsMs: app.all.map((t) => Math.round(t)).join("/") },
        note: "bulkApprove also bumps versions and writes one unit_version row per unit; the baseline only sets the status",
      }),
    ];
  } finally {
    await client.end();
  }
}
