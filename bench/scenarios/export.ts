import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { to as copyTo } from "pg-copy-streams";
import { connect, ensureUnitsDocument } from "../db";
import { measureRuns, timeRuns } from "../measure";
import { row } from "../result";
import type { ScenarioContext, ScenarioResult } from "../types";

const TARGET_RATIO = 2;
const TARGET_GROWTH_MB = 100;
export const EXPORT_UNITS = 200_000;
const PAGE = 5_000;
/** streamExport's page query (features/exchange/data.ts, TMX, approved, no notes), keyset on first_sentence. */
const PAGE_SQL = `
  SELECT u.id, u.document_id, u.first_sentence, u.last_sentence, u.english, u.status::text, u.created_at, u.updated_at,
         d.title, d.source_lang, d.target_lang, COALESCE(cb.email, u.created_by_id), COALESCE(au.email, u.author_id),
         (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
           WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi,
         NULL::text[]
  FROM unit u JOIN document d ON d.id = u.document_id
  LEFT JOIN "user" cb ON cb.id = u.created_by_id LEFT JOIN "user" au ON au.id = u.author_id
  WHERE u.document_id = ANY($1::text[]) AND btrim(u.english) <> '' AND u.status = 'approved'
    AND (u.document_id, u.first_sentence) > (($1::text[])[1], $2::int)
  ORDER BY u.document_id, u.first_sentence`;

/** streamExport (TMX) of a document of n approved units vs COPY (SELECT the same text) TO STDOUT. */
export async function measureExport(ctx: ScenarioContext, n: number, label = "export") {
  const { streamExport } = await import("@/features/exchange/data");
  const client = await connect(ctx.databaseUrl);
  try {
    const id = await ensureUnitsDocument(client, { title: `bench-approved-${n}`, count: n, status: "approved", log: ctx.log });
    let bytes = 0;
    const app = await measureRuns(ctx.runs, async () => {
      bytes = 0;
      for await (const chunk of streamExport({ documentIds: [id], format: "tmx", status: "approved", notes: false, bareLangs: false })) {
        bytes += chunk.length;
      }
    });
    ctx.log(`${label}: streamExport ${n} units, ${(bytes / 1e6).toFixed(1)} M chars, ${app.all.map((t) => t.toFixed(0)).join("/")} ms`);
    // The same rows and text the export reads, as one COPY: what the database alone costs.
    const sql = `COPY (
      SELECT u.id, u.document_id, u.first_sentence, u.last_sentence, u.english, u.status, u.created_at, u.updated_at,
             d.title, d.source_lang, d.target_lang, COALESCE(cb.email, u.created_by_id), COALESCE(au.email, u.author_id),
             (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
               WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence)
      FROM unit u JOIN document d ON d.id = u.document_id
      LEFT JOIN "user" cb ON cb.id = u.created_by_id LEFT JOIN "user" au ON au.id = u.author_id
      WHERE u.document_id = '${id}' AND btrim(u.english) <> '' AND u.status = 'approved'
      ORDER BY u.document_id, u.first_sentence) TO STDOUT`;
    let copied = 0;
    const baselineMs = await timeRuns(ctx.runs, async () => {
      copied = 0;
      await pipeline(
        client.query(copyTo(sql)),
        new Writable({
          write(chunk: Buffer, _encoding, done) {
            copied += chunk.length;
            done();
          },
        }),
      );
    });
    ctx.log(`${label}: COPY baseline ${baselineMs.toFixed(0)} ms (${(copied / 1e6).toFixed(1)} MB)`);
    // Where the time goes: the export's own keyset pages (5,000 rows each) through plain pg, no rendering.
    const pagesMs = await timeRuns(1, async () => {
      for (let after = -1; ; after += PAGE) {
        const { rowCount } = await client.query(`${PAGE_SQL} LIMIT ${PAGE}`, [[id], after]);
        if ((rowCount ?? 0) < PAGE) break;
      }
    });
    ctx.log(`${label}: keyset pages through pg ${pagesMs.toFixed(0)} ms`);
    return { app, baselineMs, bytes, pagesMs };
  } finally {
    await client.end();
  }
}

export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const { app, baselineMs, bytes, pagesMs } = await measureExport(ctx, EXPORT_UNITS);
  const ratio = app.ms / baselineMs;
  return [
    row({
      scenario: "TMX export (streamExport)",
      size: EXPORT_UNITS,
      unit: "units",
      timeMs: app.ms,
      peakRssMb: app.peakMb,
      rssGrowthMb: app.growthMb,
      baselineMs,
      target: `≤ ${TARGET_RATIO}× COPY, RSS growth ≤ ${TARGET_GROWTH_MB} MB`,
      pass: ratio <= TARGET_RATIO && app.growthMb <= TARGET_GROWTH_MB,
      metrics: {
        outputMChars: Math.round(bytes / 1e5) / 10,
        keysetPagesViaPgMs: Math.round(pagesMs),
        peakHeapMb: Math.round(app.peakHeapMb),
        runsMs: app.all.map((t) => Math.round(t)).join("/"),
      },
    }),
  ];
}
