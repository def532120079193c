import { createHash, randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { concordanceKeys } from "@/lib/tm/concordance-keys";
import { retrievalKeys } from "@/lib/tm/keys";
import { fuzzyScore, tokenWeight } from "@/lib/tm/score";
import { normaliseTmSource, tokenizeTm } from "@/lib/tm/tokenize";
import { tmxFooter, tmxHeader, tmxUnit } from "@/lib/tmx/writer";
import { connect } from "../db";
import { median, percentile, round } from "../measure";
import { row } from "../result";
import { createBenchUser } from "../server";
import { random, syntheticSentences, vocabulary } from "../synthetic";
import type { ScenarioContext, ScenarioResult } from "../types";

const LOOKUPS = 200;
const BRUTE_FORCE_SAMPLE = 10;
const BASELINE_LOOKUPS = 20;
const ANALYSIS_SENTENCES = 10_000;
const TARGET_P95_MS = 50;
const TARGET_ANALYSIS_MS = 30_000;
const CONCORDANCE_LOOKUPS = 50;
const TARGET_CONCORDANCE_MS = 100;
/** Pre-translation of the analysis's document (the same 10,000 sentences as units) against the same run's analysis. */
const TARGET_PRETRANSLATE_RATIO = 3;
/** TMX entries imported into the memory and, the same file, as a document. */
const TMX_ENTRIES = 20_000;
const TARGET_TMX_RATIO = 2;
/** Share of entries that are a near-duplicate (one word or number changed) of another. */
const NEAR_DUPLICATES = 0.3;

const md5uuid = (s: string) => {
  const h = createHash("md5").update(s, "utf8").digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};
const copyText = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, " ").replace(/\n/g, " ");

/** One word (or a number) of a sentence replaced: what a memory's near-duplicates look like. */
function nearDuplicate(hindi: string, rnd: () => number, words: [string, string][]): string {
  const w = hindi.replace(/।$/, "").split(" ");
  const k = Math.floor(rnd() * w.length);
  w[k] = rnd() < 0.5 ? String(Math.floor(rnd() * 100_000)) : words[Math.floor(rnd() * words.length)][0];
  return `${w.join(" ")}।`;
}

export interface Memory {
  projectId: string;
  base: { hindi: string; english: string }[];
}

/** `size` entries in a fresh project, by COPY with the GIN indexes rebuilt afterwards (faster than maintaining them row by row). */
export async function fillMemory(ctx: ScenarioContext, size: number): Promise<Memory> {
  const client = await connect(ctx.databaseUrl);
  try {
    const projectId = `bench-tm-${randomUUID().slice(0, 8)}`;
    await client.query("INSERT INTO project (id, name) VALUES ($1, $1)", [projectId]);
    const vocab = vocabulary();
    const base = syntheticSentences(Math.ceil(size * (1 - NEAR_DUPLICATES)), 21, vocab);
    const rnd = random(5);
    const t0 = performance.now();
    const indexes = (
      await client.query<{ indexdef: string; indexname: string }>(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'tm_entry' AND indexdef ILIKE '%USING gin%'",
      )
    ).rows;
    for (const i of indexes) await client.query(`DROP INDEX ${i.indexname}`);
    function* rows() {
      const seen = new Set<string>();
      for (let i = 0; i < size; i++) {
        const b = base[i % base.length];
        const hindi = i < base.length ? b.hindi : nearDuplicate(b.hindi, rnd, vocab.words);
        const norm = normaliseTmSource(hindi);
        const key = `${norm}\u0000${b.english}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const keys = retrievalKeys(tokenizeTm(hindi));
        yield `${projectId}\t${copyText(hindi)}\t${copyText(b.english)}\t${copyText(norm)}\t${md5uuid(norm)}\t${md5uuid(b.english)}\t{${keys.join(",")}}\t{${concordanceKeys(norm, b.english).join(",")}}\ttranslated\n`;
      }
    }
    await pipeline(
      Readable.from(rows()),
      client.query(
        copyFrom(
          "COPY tm_entry (project_id, source, target, source_norm, source_hash, target_hash, keys, concordance_keys, status) FROM STDIN",
        ),
      ),
    );
    // A GIN build is several times faster with room to sort in memory than with the default 64 MB.
    await client.query("SET maintenance_work_mem = '1GB'");
    for (const i of indexes) await client.query(i.indexdef);
    await client.query("ANALYZE tm_entry");
    ctx.log(`tm: ${size} entries in ${round((performance.now() - t0) / 1000)} s`);
    return { projectId, base };
  } finally {
    await client.end();
  }
}

export function queriesFor(memory: Memory, count: number, seed: number): string[] {
  const rnd = random(seed);
  const { words } = vocabulary();
  const fresh = syntheticSentences(count, seed + 1000, vocabulary());
  return Array.from({ length: count }, (_, i) => {
    const b = memory.base[Math.floor(rnd() * memory.base.length)].hindi;
    // Half near-duplicates, a quarter exact, a quarter sentences the memory has never seen.
    if (i % 4 < 2) return nearDuplicate(b, rnd, words);
    if (i % 4 === 2) return b;
    return fresh[i].hindi;
  });
}

/** The best score over every entry of the project, computed in the bench itself: the truth the lookup is checked against. */
async function bruteForceBest(ctx: ScenarioContext, projectId: string, queries: string[]): Promise<number[]> {
  const client = await connect(ctx.databaseUrl);
  const best = queries.map(() => 0);
  const weight = (ts: ReturnType<typeof tokenizeTm>) => ts.reduce((w, t) => w + tokenWeight(t), 0);
  const prepared = queries.map((q) => {
    const tokens = tokenizeTm(q);
    return { tokens, norm: normaliseTmSource(q), weight: weight(tokens) };
  });
  try {
    let after = 0;
    for (;;) {
      const { rows } = await client.query<{ id: number; source: string; source_norm: string }>(
        "SELECT id, source, source_norm FROM tm_entry WHERE project_id = $1 AND id > $2 ORDER BY id LIMIT 20000",
        [projectId, after],
      );
      if (rows.length === 0) break;
      for (const r of rows) {
        const tokens = tokenizeTm(r.source);
        const w = weight(tokens);
        prepared.forEach((q, i) => {
          // d ≥ |W(Q) − W(S)|, so the score is at most 100 × min/max of the weights: skip what cannot beat the best so far.
          if ((100 * Math.min(q.weight, w)) / Math.max(q.weight, w) < best[i]) return;
          const s = fuzzyScore(q.tokens, tokens, q.norm === r.source_norm);
          if (s > best[i]) best[i] = s;
        });
      }
      after = rows[rows.length - 1].id;
    }
  } finally {
    await client.end();
  }
  return best;
}

/** A document of the memory's project with one unit per sentence, no English: what pre-translation fills. */
async function untranslatedDocument(ctx: ScenarioContext, projectId: string, hindi: string[]): Promise<string> {
  const client = await connect(ctx.databaseUrl);
  try {
    const id = `benchpt${randomUUID().replaceAll("-", "")}`;
    await client.query("BEGIN");
    await client.query("INSERT INTO document (id, title, sentence_count, word_count, project_id) VALUES ($1, $1, $2, $2 * 20, $3)", [
      id,
      hindi.length,
      projectId,
    ]);
    await client.query(
      `INSERT INTO sentence (document_id, position, paragraph, kind, text)
       SELECT $1, g - 1, (g - 1) / 6, 'sentence', t FROM unnest($2::text[]) WITH ORDINALITY AS x(t, g)`,
      [id, hindi],
    );
    await client.query(
      `INSERT INTO unit (document_id, first_sentence, last_sentence, english, status)
       SELECT $1, g, g, '', 'draft' FROM generate_series(0, $2 - 1) g`,
      [id, hindi.length],
    );
    await client.query("COMMIT");
    await client.query("VACUUM ANALYZE sentence");
    await client.query("VACUUM ANALYZE unit");
    return id;
  } finally {
    await client.end();
  }
}

/** A TMX 1.4 file of `count` Hindi–English pairs the memory has not seen. */
export function syntheticTmx(count: number): Uint8Array {
  const date = new Date("2026-01-01T00:00:00Z");
  const parts = [tmxHeader({ toolVersion: "bench", srcLang: "hi-IN", creationDate: date })];
  syntheticSentences(count, 31, vocabulary()).forEach((p, i) => {
    parts.push(
      tmxUnit({
        tuid: String(i + 1),
        srcLang: "hi-IN",
        tgtLang: "en-US",
        source: p.hindi,
        target: p.english,
        creationDate: date,
        changeDate: date,
        props: [["status", "translated"]],
      }),
    );
  });
  parts.push(tmxFooter());
  return new TextEncoder().encode(parts.join(""));
}

/** 100k entries; the 1M rows are their own scenario (`tm-1m`), so that each size gets the bench's whole time limit. */
export function run(ctx: ScenarioContext): Promise<ScenarioResult[]> {
  return runSizes(ctx, [100_000]);
}

export async function runSizes(ctx: ScenarioContext, sizes: number[]): Promise<ScenarioResult[]> {
  process.env.DATABASE_URL ??= ctx.databaseUrl;
  const { loadMemoryMatches, analyseTexts, forgetKeyFrequency, searchMemory } = await import("@/features/tm/data");
  const { planPretranslation, applyPretranslation } = await import("@/features/pretranslate/mutations");
  const { PRETRANSLATE_MIN_FUZZY } = await import("@/features/pretranslate/types");
  const { importMemoryTmx } = await import("@/features/tm/mutations");
  const { importTmx } = await import("@/features/exchange/mutations");
  const admin = await createBenchUser("admin", "bench-pretranslator");
  const user = { id: admin.id, email: admin.email, name: "bench-pretranslator", role: "admin" as const };
  const results: ScenarioResult[] = [];
  for (const size of sizes) {
    const memory = await fillMemory(ctx, size);
    forgetKeyFrequency();
    const queries = queriesFor(memory, LOOKUPS, 7);
    await loadMemoryMatches(memory.projectId, [{ text: queries[0] }], { limit: 3, min: 50 }); // warm-up
    const times: number[] = [];
    const found: number[] = [];
    for (let r = 0; r < ctx.runs; r++) {
      for (const q of queries) {
        const t0 = performance.now();
        const [matches] = await loadMemoryMatches(memory.projectId, [{ text: q }], { limit: 3, min: 50 });
        times.push(performance.now() - t0);
        if (r === 0) found.push(matches[0]?.score ?? 0);
      }
    }
    // Correctness: the exact best score by brute force over every entry, for a sample.
    const sample = queries.slice(0, BRUTE_FORCE_SAMPLE * 2).filter((_, i) => i % 2 === 0);
    const truth = await bruteForceBest(ctx, memory.projectId, sample);
    const sampleFound = sample.map((_, i) => found[i * 2]);
    const relevant = truth.filter((t) => t >= 50).length;
    const recalled = truth.filter((t, i) => t >= 50 && sampleFound[i] === t).length;
    // Baseline: pg_trgm similarity() alone, as the top-3 by trigram similarity through the GIN index.
    const client = await connect(ctx.databaseUrl);
    const baseline: number[] = [];
    let baselineHits = 0;
    try {
      await client.query("SET statement_timeout = 10000");
      for (const q of queries.slice(0, BASELINE_LOOKUPS)) {
        const norm = normaliseTmSource(q);
        const t0 = performance.now();
        const { rows } = await client.query<{ source: string }>(
          "SELECT source FROM tm_entry WHERE project_id = $1 AND source_norm % $2 ORDER BY similarity(source_norm, $2) DESC LIMIT 3",
          [memory.projectId, norm],
        );
        baseline.push(performance.now() - t0);
        if (rows.length) baselineHits++;
      }
    } finally {
      await client.end();
    }
    const p95 = percentile(times, 95);
    const baselineP95 = percentile(baseline, 95);
    results.push(
      row({
        scenario: "TM lookup (one sentence, top 3, ≥ 50 %)",
        size,
        unit: "entries",
        timeMs: p95,
        baselineMs: baselineP95,
        target: `p95 ≤ ${TARGET_P95_MS} ms at 1M`,
        pass: size < 1_000_000 ? null : p95 <= TARGET_P95_MS,
        metrics: {
          p50Ms: round(percentile(times, 50)),
          p95Ms: round(p95),
          lookups: times.length,
          recallTop1: relevant ? `${recalled}/${relevant}` : "n/a",
          bruteForceSample: sample.length,
          similarityOnlyP95Ms: round(baselineP95),
          similarityOnlyHits: `${baselineHits}/${BASELINE_LOOKUPS}`,
        },
        note: "baseline = pg_trgm similarity() top 3 through the trigram GIN index",
      }),
    );
    // Concordance (the editor's Ctrl+K): a two-word Hindi phrase from a stored sentence.
    const phrases = queriesFor(memory, CONCORDANCE_LOOKUPS, 13).map((q) => q.replace(/।$/, "").split(" ").slice(1, 3).join(" "));
    await searchMemory(memory.projectId, phrases[0]); // warm-up
    const concordance: number[] = [];
    let concordanceHits = 0;
    for (const phrase of phrases) {
      const t0 = performance.now();
      const { hits } = await searchMemory(memory.projectId, phrase);
      concordance.push(performance.now() - t0);
      if (hits.length) concordanceHits++;
    }
    const concordanceP95 = percentile(concordance, 95);
    results.push(
      row({
        scenario: "TM concordance (a two-word phrase, 20 hits)",
        size,
        unit: "entries",
        timeMs: concordanceP95,
        target: `p95 ≤ ${TARGET_CONCORDANCE_MS} ms at 1M`,
        pass: size < 1_000_000 ? null : concordanceP95 <= TARGET_CONCORDANCE_MS,
        metrics: {
          p50Ms: round(percentile(concordance, 50)),
          p95Ms: round(concordanceP95),
          searches: concordance.length,
          withHits: `${concordanceHits}/${concordance.length}`,
        },
        note: "ordered walk, then the word-boundary keys (GIN on concordance_keys) rechecked by LIKE / ILIKE",
      }),
    );
    // Analysis of a 10,000-sentence document: a third from the memory (exact or near), the rest new.
    const doc = queriesFor(memory, ANALYSIS_SENTENCES, 11);
    const units = doc.map((hindi, i) => ({ hindi, prev: doc[i - 1] ?? "", next: doc[i + 1] ?? "" }));
    const t0 = performance.now();
    const analysis = await analyseTexts(memory.projectId, units);
    const analysisMs = performance.now() - t0;
    results.push(
      row({
        scenario: "TM analysis (bands of a document)",
        size: ANALYSIS_SENTENCES,
        unit: "sentences",
        timeMs: analysisMs,
        target: `≤ ${TARGET_ANALYSIS_MS / 1000} s against 1M`,
        pass: size < 1_000_000 ? null : analysisMs <= TARGET_ANALYSIS_MS,
        metrics: {
          memoryEntries: size,
          ...Object.fromEntries(analysis.bands.map((b) => [b.band, b.units])),
        },
      }),
    );
    // Pre-translation of the same sentences as a document, through the page's / `setu pretranslate`'s code path (pretranslateDocument)
    // (plan from the memory, one transaction that fills, refreshes QA and records one undo entry), fuzzy drafts included.
    const documentId = await untranslatedDocument(ctx, memory.projectId, doc);
    // pretranslateDocument's two steps timed apart (it is assertMemoryAllowed, then exactly these): the read and the write.
    assertMemoryAllowed(user.role, "pre-translate");
    const p0 = performance.now();
    const plan = await planPretranslation(documentId, PRETRANSLATE_MIN_FUZZY);
    const planMs = performance.now() - p0;
    const filled = await applyPretranslation(plan, user);
    const pretranslateMs = performance.now() - p0;
    ctx.log(`tm: pre-translated ${ANALYSIS_SENTENCES} units in ${round(pretranslateMs)} ms (analysis ${round(analysisMs)} ms)`);
    results.push(
      row({
        scenario: "TM pre-translate (a document, ≥ 75 % as drafts)",
        size: ANALYSIS_SENTENCES,
        unit: "units",
        timeMs: pretranslateMs,
        baselineMs: analysisMs,
        target: `≤ ${TARGET_PRETRANSLATE_RATIO}× the analysis`,
        pass: pretranslateMs <= TARGET_PRETRANSLATE_RATIO * analysisMs,
        metrics: {
          memoryEntries: size,
          planMs: Math.round(planMs),
          writeMs: Math.round(pretranslateMs - planMs),
          translated: filled.translated,
          drafts: filled.drafts,
          stale: filled.stale,
        },
        note: "baseline = the TM analysis of the same sentences in this run",
      }),
    );
    // TMX import: into the memory (`setu tm import`) vs the same file as a document (`setu import FILE.tmx`), per unit,
    // each into a project of its own on a tm_entry table that holds this size's memory (its GIN indexes maintained row by row).
    const tmx = syntheticTmx(TMX_ENTRIES);
    const setup = await connect(ctx.databaseUrl);
    const tmxProject = `bench-tmx-${randomUUID().slice(0, 8)}`;
    let memoryUnits = 0;
    let documentUnits = 0;
    let memoryRuns: number[] = [];
    let documentRuns: number[] = [];
    try {
      await setup.query("INSERT INTO project (id, name) VALUES ($1, $1)", [tmxProject]);
      const maxBytes = tmx.length + 1;
      const time = async (fn: () => Promise<number>, reset: () => Promise<unknown>) => {
        const all: number[] = [];
        let units = 0;
        for (let r = 0; r < ctx.runs; r++) {
          await reset();
          const t = performance.now();
          units = await fn();
          all.push(performance.now() - t);
        }
        return { all, units };
      };
      const memoryImport = await time(
        async () => {
          const report = await importMemoryTmx(tmx, { projectId: tmxProject, fileName: "bench.tmx", maxBytes });
          return report.added + report.merged;
        },
        () => setup.query("DELETE FROM tm_entry WHERE project_id = $1", [tmxProject]),
      );
      forgetKeyFrequency();
      const documentImport = await time(
        async () => (await importTmx(tmx, { title: "bench-tmx", projectId: tmxProject, userId: null, maxBytes, role: "admin" })).units,
        () => setup.query("DELETE FROM document WHERE project_id = $1", [tmxProject]),
      );
      await setup.query("DELETE FROM document WHERE project_id = $1", [tmxProject]);
      await setup.query("DELETE FROM tm_entry WHERE project_id = $1", [tmxProject]);
      memoryUnits = memoryImport.units;
      documentUnits = documentImport.units;
      memoryRuns = memoryImport.all;
      documentRuns = documentImport.all;
    } finally {
      await setup.end();
    }
    const memoryMs = median(memoryRuns);
    const documentMs = median(documentRuns);
    const perMemoryUs = (memoryMs * 1000) / memoryUnits;
    const perDocumentUs = (documentMs * 1000) / documentUnits;
    ctx.log(
      `tm: TMX ${TMX_ENTRIES} → memory ${memoryRuns.map(Math.round).join("/")} ms, document ${documentRuns.map(Math.round).join("/")} ms`,
    );
    results.push(
      row({
        scenario: "TM import of a TMX (into the memory)",
        size: memoryUnits,
        unit: "entries",
        timeMs: memoryMs,
        // The document path's time for as many units as the memory took: the ratio is per unit.
        baselineMs: (perDocumentUs * memoryUnits) / 1000,
        target: `≤ ${TARGET_TMX_RATIO}× the document TMX import per unit`,
        pass: perMemoryUs <= TARGET_TMX_RATIO * perDocumentUs,
        metrics: {
          memoryEntries: size,
          memoryPerUnitUs: round(perMemoryUs),
          documentPerUnitUs: round(perDocumentUs),
          documentUnits,
          memoryRunsMs: memoryRuns.map(Math.round).join("/"),
          documentRunsMs: documentRuns.map(Math.round).join("/"),
        },
        note: "baseline = importTmx of the same file as a document (setu import FILE.tmx)",
      }),
    );
  }
  return results;
}
