import { randomUUID } from "node:crypto";
import pg from "pg";
import { syntheticSentences, vocabulary } from "./synthetic";

/** A plain pg connection for set-up and baselines (the app's own code goes through Prisma). */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Distinct base texts the set-based generators cycle through; a number per row keeps rows apart. */
const BASE_TEXTS = 5_000;

/**
 * A document of `count` 1:1 units with Hindi and English, generated set-based in SQL (insert …
 * select from generate_series) and analysed. Reuses a document of the same title, so scenarios
 * that need the same big document share it.
 */
export async function ensureUnitsDocument(
  client: pg.Client,
  opts: { title: string; count: number; status: "draft" | "translated" | "approved"; log?: (s: string) => void },
): Promise<string> {
  const existing = await client.query<{ id: string }>("SELECT id FROM document WHERE title = $1", [opts.title]);
  if (existing.rows[0]) return existing.rows[0].id;
  const t0 = Date.now();
  const pairs = syntheticSentences(BASE_TEXTS, 42, vocabulary());
  const hi = pairs.map((p) => p.hindi.replace(/।$/, ""));
  const en = pairs.map((p) => p.english.replace(/\.$/, ""));
  const id = `bench${randomUUID().replaceAll("-", "")}`;
  await client.query("BEGIN");
  await client.query("INSERT INTO document (id, title, sentence_count, word_count, project_id) VALUES ($1, $2, $3, $3 * 20, 'default')", [
    id,
    opts.title,
    opts.count,
  ]);
  await client.query(
    `INSERT INTO sentence (document_id, position, paragraph, kind, text)
     SELECT $1, g, g / 6, 'sentence', ($2::text[])[1 + (g * 7919) % $4] || ' ' || g || '।'
     FROM generate_series(0, $3 - 1) g`,
    [id, hi, opts.count, BASE_TEXTS],
  );
  await client.query(
    `INSERT INTO unit (document_id, first_sentence, last_sentence, english, status, confidence)
     SELECT $1, g, g, ($2::text[])[1 + (g * 7919) % $4] || ' ' || g || '.', $5::"UnitStatus", 0.9
     FROM generate_series(0, $3 - 1) g`,
    [id, en, opts.count, BASE_TEXTS, opts.status],
  );
  await client.query("COMMIT");
  // VACUUM too: sets hint bits and the visibility map as autovacuum soon would on a live database, so the
  // first scenario to read the rows does not pay for that (and is not measured against a COPY that does not).
  await client.query("VACUUM ANALYZE document");
  await client.query("VACUUM ANALYZE sentence");
  await client.query("VACUUM ANALYZE unit");
  opts.log?.(`generated "${opts.title}" (${opts.count} units) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return id;
}
