import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { connect } from "../db";
import { measureRuns, timeRuns } from "../measure";
import { row } from "../result";
import { hindiDocument, syntheticSentences } from "../synthetic";
import type { ScenarioContext, ScenarioResult } from "../types";

/** The project the projects migration creates (bench databases are migrated like any other). */
const PROJECT = "default";

const TARGET_RATIO = 3;

const TSV_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

function tsv(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c] ?? c);
}

/** importDocument (segment + store) of n sentences vs COPY of the same sentence rows. */
export async function measureImport(ctx: ScenarioContext, n: number, label = "import") {
  const { importDocument } = await import("@/features/documents/mutations");
  const { prepareHindiDocument } = await import("@/lib/text/prepare");
  const text = hindiDocument(syntheticSentences(n));
  const client = await connect(ctx.databaseUrl);
  try {
    const cleanUp = async () => {
      await client.query("DELETE FROM document WHERE title LIKE 'bench-import%'");
      await client.query("VACUUM ANALYZE sentence");
      await client.query("VACUUM ANALYZE unit");
    };
    let stored = 0;
    const app = await measureRuns(
      ctx.runs,
      async () => {
        stored = (await importDocument({ projectId: PROJECT, title: `bench-import-${n}`, text, userId: null })).sentenceCount;
      },
      cleanUp,
    );
    ctx.log(`${label}: importDocument ${n} → ${stored} sentences, ${app.all.map((t) => t.toFixed(0)).join("/")} ms`);

    const kinds = { sentence: "sentence", heading: "heading", "list-item": "list_item" } as const;
    const segments = prepareHindiDocument(text).segments;
    const baselineMs = await timeRuns(
      ctx.runs,
      async () => {
        const docId = `bench-import-copy-${Date.now()}`;
        await client.query("INSERT INTO document (id, title, sentence_count, project_id) VALUES ($1, 'bench-import-copy', $2, 'default')", [
          docId,
          segments.length,
        ]);
        const rows = Readable.from(
          (function* () {
            const BATCH = 1_000;
            for (let start = 0; start < segments.length; start += BATCH) {
              let chunk = "";
              for (let i = start; i < Math.min(segments.length, start + BATCH); i++) {
                const s = segments[i];
                chunk += `${docId}\t${i}\t${s.paragraph}\t${kinds[s.kind]}\t${tsv(s.text)}\n`;
              }
              yield chunk;
            }
          })(),
        );
        await pipeline(rows, client.query(copyFrom("COPY sentence (document_id, position, paragraph, kind, text) FROM STDIN")));
      },
      cleanUp,
    );
    await cleanUp();
    ctx.log(`${label}: COPY baseline ${baselineMs.toFixed(0)} ms`);
    return { app, baselineMs, stored };
  } finally {
    await client.end();
  }
}

export async function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  const { app, baselineMs, stored } = await measureImport(ctx, ctx.sentences);
  const ratio = app.ms / baselineMs;
  return [
    row({
      scenario: "import (importDocument)",
      size: stored,
      unit: "sentences",
      timeMs: app.ms,
      peakRssMb: app.peakMb,
      rssGrowthMb: app.growthMb,
      baselineMs,
      target: `≤ ${TARGET_RATIO}× COPY`,
      pass: ratio <= TARGET_RATIO,
      metrics: { runsMs: app.all.map((t) => Math.round(t)).join("/") },
    }),
  ];
}
