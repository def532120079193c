/**
 * Interleaved timing of the TMX import into a lab memory (lab-tm-fill.ts) against the document TMX
 * import of the same file, as the bench does it (not part of `npm run bench`).
 *
 *   node --conditions=react-server --import tsx bench/lab-tm-import.ts setu_NAME [ROUNDS]
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";
import { median, round } from "./measure";

async function main() {
  const name = process.argv[2];
  const rounds = Number(process.argv[3] ?? 3);
  const lab = JSON.parse(readFileSync(`/work/tm1m-lab/${name}.json`, "utf8")) as { url: string; projectId: string; size: number };
  process.env.DATABASE_URL = lab.url;
  const { importMemoryTmx } = await import("@/features/tm/mutations");
  const { importTmx } = await import("@/features/exchange/mutations");
  const { syntheticTmx } = await import("./scenarios/tm");
  const variants = (process.env.LAB_VARIANTS ?? "a").split(",");
  const doDoc = process.env.LAB_DOC !== "0";
  const tmx = syntheticTmx(20_000);
  const setup = new pg.Client({ connectionString: lab.url });
  await setup.connect();
  const project = `lab-tmx-${randomUUID().slice(0, 8)}`;
  await setup.query("INSERT INTO project (id, name) VALUES ($1, $1)", [project]);
  const times: Record<string, number[]> = {};
  const record = (k: string, ms: number) => {
    times[k] = [...(times[k] ?? []), ms];
  };
  let units = 0;
  try {
    for (let r = 0; r < rounds; r++) {
      for (const v of r % 2 ? [...variants].reverse() : variants) {
        process.env.LAB_IMPORT_VARIANT = v;
        await setup.query("DELETE FROM tm_entry WHERE project_id = $1", [project]);
        const t = performance.now();
        const rep = await importMemoryTmx(tmx, { projectId: project, fileName: "lab.tmx", maxBytes: tmx.length + 1 });
        record(v, performance.now() - t);
        units = rep.added + rep.merged;
      }
      if (doDoc) {
        await setup.query("DELETE FROM document WHERE project_id = $1", [project]);
        const t = performance.now();
        await importTmx(tmx, { title: "lab-tmx", projectId: project, userId: null, maxBytes: tmx.length + 1, role: "admin" });
        record("doc", performance.now() - t);
      }
      process.stderr.write(
        `round ${r}: ${Object.entries(times)
          .map(([k, v]) => `${k} ${Math.round(v[v.length - 1])}`)
          .join(" ")}\n`,
      );
    }
  } finally {
    await setup.query("DELETE FROM document WHERE project_id = $1", [project]);
    await setup.query("DELETE FROM tm_entry WHERE project_id = $1", [project]);
    await setup.query("DELETE FROM project WHERE id = $1", [project]);
    await setup.end();
  }
  for (const [k, v] of Object.entries(times))
    process.stdout.write(
      `${k}: median ${round(median(v))} ms (${v.map(Math.round).join("/")}), ${round((median(v) * 1000) / units)} µs/unit${times.doc && k !== "doc" ? `, ${round(median(v) / median(times.doc))}× doc` : ""}\n`,
    );
  process.exit(0);
}
main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : e}\n`);
  process.exit(1);
});
