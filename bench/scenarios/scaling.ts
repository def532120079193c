import { row } from "../result";
import type { ScenarioContext, ScenarioResult } from "../types";
import { measureExport } from "./export";
import { measureImport } from "./import";

const SIZES = [10_000, 50_000, 200_000];

/** Import and export at growing sizes (--scaling): constant time per item means linear growth. */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const rows: ScenarioResult[] = [];
  for (const n of SIZES) {
    const { app, baselineMs, stored } = await measureImport(ctx, n, `scaling import ${n}`);
    rows.push(
      row({
        scenario: "scaling: import",
        size: stored,
        unit: "sentences",
        timeMs: app.ms,
        peakRssMb: app.peakMb,
        rssGrowthMb: app.growthMb,
        baselineMs,
        target: "linear",
        pass: null,
      }),
    );
  }
  for (const n of SIZES) {
    const { app, baselineMs } = await measureExport(ctx, n, `scaling export ${n}`);
    rows.push(
      row({
        scenario: "scaling: TMX export",
        size: n,
        unit: "units",
        timeMs: app.ms,
        peakRssMb: app.peakMb,
        rssGrowthMb: app.growthMb,
        baselineMs,
        target: "linear",
        pass: null,
      }),
    );
  }
  return rows;
}
