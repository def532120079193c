import { performance } from "node:perf_hooks";
import { median, round } from "../measure";
import { row, skipped } from "../result";
import { createBenchUser, signInWithBrowser, startApp } from "../server";
import { hindiDocument, syntheticSentences } from "../synthetic";
import type { ScenarioContext, ScenarioResult } from "../types";

/** The project the projects migration creates (bench databases are migrated like any other). */
const PROJECT = "default";

const UNITS = 10_000;
const TARGET_MS = 1_500;
const TARGET_ROWS = 200;
const SCENARIO = "open a 10,000-unit document in Chromium";

/**
 * Time from navigation start to the first visible unit row of the editor, and how many rows the
 * virtualised list keeps in the DOM after load and after scrolling to the middle.
 */
export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const target = `≤ ${TARGET_MS} ms to first row, ≤ ${TARGET_ROWS} rows in the DOM`;
  if (!ctx.browser) return [skipped(SCENARIO, target, "--no-browser")];
  const { importDocument } = await import("@/features/documents/mutations");
  const user = await createBenchUser("translator", "bench-reader");
  const doc = await importDocument({
    projectId: PROJECT,
    title: "bench-editor-10k",
    text: hindiDocument(syntheticSentences(UNITS, 9)),
    userId: user.id,
  });
  const app = await startApp(ctx);
  try {
    const { browser, page } = await signInWithBrowser(app.url, user.email, user.password);
    try {
      const open = async () => {
        const t0 = performance.now();
        await page.goto(`/en/documents/${doc.id}/edit`, { waitUntil: "commit" });
        await page.locator('[data-testid="unit-row"]').first().waitFor({ state: "visible", timeout: 30_000 });
        const wall = performance.now() - t0;
        // The browser's own clock: ms since this navigation started.
        const inPage = (await page.evaluate("performance.now()")) as number;
        return { wall, inPage };
      };
      const warm = await open();
      ctx.log(`warm-up open: ${warm.wall.toFixed(0)} ms`);
      const runs: { wall: number; inPage: number }[] = [];
      for (let i = 0; i < ctx.runs; i++) runs.push(await open());
      const ms = median(runs.map((r) => r.wall));
      await page.waitForLoadState("networkidle").catch(() => {});
      const rowsAfterLoad = await page.locator('[data-testid="unit-row"], [data-testid="unit-row-loading"]').count();
      await page.getByTestId("editor-scroller").evaluate((el) => {
        el.scrollTop = el.scrollHeight / 2;
      });
      await page.waitForTimeout(500);
      await page.waitForLoadState("networkidle").catch(() => {});
      const rowsAfterScroll = await page.locator('[data-testid="unit-row"], [data-testid="unit-row-loading"]').count();
      const middleVisible = await page.locator('[data-testid="unit-row"]').first().isVisible();
      ctx.log(`first row ${ms.toFixed(0)} ms; rows ${rowsAfterLoad} → ${rowsAfterScroll}`);
      const worstRows = Math.max(rowsAfterLoad, rowsAfterScroll);
      return [
        row({
          scenario: SCENARIO,
          size: doc.sentenceCount,
          unit: "units",
          timeMs: ms,
          target,
          pass: ms <= TARGET_MS && worstRows <= TARGET_ROWS && middleVisible,
          metrics: {
            warmUpMs: Math.round(warm.wall),
            runsMs: runs.map((r) => Math.round(r.wall)).join("/"),
            inPageMs: round(median(runs.map((r) => r.inPage))),
            rowsAfterLoad,
            rowsAfterScrollToMiddle: rowsAfterScroll,
          },
          note: "rows counted = unit-row + unit-row-loading elements; throughput column is units in the document per second of load",
        }),
      ];
    } finally {
      await browser.close();
    }
  } finally {
    await app.stop();
  }
}
