/**
 * Lab (not part of `npm run bench`): what QA adds to one save, the qa scenario's measurement alone,
 * against DATABASE_URL (the 100,000-unit document made once and checked once, then kept), so that
 * two checkouts can be run one after the other, A/B interleaved, on databases of their own.
 *   DATABASE_URL=… SAVES=200 node --conditions=react-server --import tsx bench/lab-qa-save.ts
 * Prints one JSON line: p50/p95 with and without QA, the difference, and the load average.
 * Compare sides whose databases have the same history: on two fresh databases, run after run (ABBA, load ~1),
 * the added p50 grew from 0.9–1.2 ms to 2.0–2.1 ms on both sides alike, so a database that served more saves
 * (or other experiments) before makes its side look slower.
 */
import { loadavg } from "node:os";
import { saveUnit } from "@/features/editor/mutations";
import { isDocumentQaFresh, loadQaContext } from "@/features/qa/data";
import { refreshDocumentQa } from "@/features/qa/mutations";
import { connect, ensureUnitsDocument } from "./db";
import { percentile } from "./measure";
import { createBenchUser } from "./server";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL");
  const saves = Number(process.env.SAVES ?? 200);
  const client = await connect(url);
  const id = await ensureUnitsDocument(client, { title: "bench-translated-100000", count: 100_000, status: "translated" });
  const context = await loadQaContext(id);
  if (!(await isDocumentQaFresh(context))) await refreshDocumentQa(context);
  const units = await client.query<{ id: number; version: number }>(
    "SELECT id, version FROM unit WHERE document_id = $1 ORDER BY random() LIMIT $2",
    [id, saves],
  );
  const bench = await createBenchUser("translator", "lab-qa-saver");
  const user = { id: bench.id, email: bench.email, name: "lab-qa-saver", role: "translator" as const };
  const withQa: number[] = [];
  const withoutQa: number[] = [];
  let n = 0;
  const save = async (unit: { id: number; version: number }, qa: boolean, record: boolean) => {
    const english = `The government said on Tuesday that ${++n} villages got electricity, the minister told the court.`;
    const t0 = performance.now();
    const saved = await saveUnit(unit.id, { english, version: unit.version, markTranslated: false }, user, { qa });
    if (record) (qa ? withQa : withoutQa).push(performance.now() - t0);
    unit.version = saved.version;
  };
  // Warm-up: the route's code, the pool's connections and the function's plan.
  for (const unit of units.rows.slice(0, 10)) for (const qa of [true, false]) await save(unit, qa, false);
  for (const [k, unit] of units.rows.entries()) {
    for (const qa of k % 2 ? [true, false] : [false, true]) await save(unit, qa, true);
  }
  const r = (x: number) => Math.round(x * 100) / 100;
  console.log(
    JSON.stringify({
      withP50: r(percentile(withQa, 50)),
      withoutP50: r(percentile(withoutQa, 50)),
      addedP50: r(percentile(withQa, 50) - percentile(withoutQa, 50)),
      addedP95: r(percentile(withQa, 95) - percentile(withoutQa, 95)),
      // The same unit's two saves side by side: the load of that moment falls on both.
      addedPairedMedian: r(
        percentile(
          withQa.map((t, k) => t - withoutQa[k]),
          50,
        ),
      ),
      load: r(loadavg()[0]),
    }),
  );
  await client.end();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
