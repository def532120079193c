import "server-only";
import { createHash } from "node:crypto";
import { loadMembership, resolveProjectForCli } from "@/features/projects/data";
import { Prisma } from "@/generated/prisma/client";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import type { Role, UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { containsPattern } from "@/lib/search/contains-pattern";
import { getPgPool } from "@/lib/server/pg";
import { prisma } from "@/lib/server/prisma";
import { type Analysis, analyse } from "@/lib/tm/bands";
import { isCaseless, phraseKeys } from "@/lib/tm/concordance-keys";
import { shouldWalkOn } from "@/lib/tm/concordance-plan";
import { rarestPairs } from "@/lib/tm/entry";
import { highlightParts } from "@/lib/tm/highlight";
import { retrievalKeys } from "@/lib/tm/keys";
import { type PreparedQuery, prepareQuery, rankMatches, type TmCandidate, type TmMatch, type TmQuery, type TmStatus } from "@/lib/tm/rank";
import { EXACT, tokenDistance } from "@/lib/tm/score";
import { countWords, normaliseTmSource, tokenizeTm } from "@/lib/tm/tokenize";
import { tmxFooter, tmxHeader, tmxUnit } from "@/lib/tmx/writer";
import packageJson from "@/package.json";
import type { ConcordanceHit, UnitMemoryMatch } from "./types";

export interface MemoryCandidate extends TmCandidate {
  originFile: string | null;
  originDocumentId: string | null;
  originTitle: string | null;
}

export type MemoryMatch = TmMatch<MemoryCandidate>;

/** md5 of a normalised sentence as PostgreSQL prints md5(text)::uuid — the entries' prev/next hashes. */
export function contextHash(norm: string | null): string | null {
  if (norm === null) return null;
  const hex = createHash("md5").update(norm, "utf8").digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Candidates per index pair; a query asks for at most 10 pairs (rarestPairs of 5 keys). */
const PER_PAIR = 40;
/** Queries per statement, so that a 10,000-sentence analysis is 20 round trips, not 10,000. */
const BATCH = 500;
const FREQUENCY_TTL_MS = 60_000;
/**
 * Batches whose statements are in flight at once, each on a connection of its own: the index
 * probes are most of an analysis, and two backends use both cores of the machine it was measured on
 * while this process re-ranks.
 */
const IN_FLIGHT = 2;

const globalForTm = globalThis as unknown as { setuTmFrequency?: { at: number; freq: Map<number, number> } };

/**
 * How common each of the most common keys is, from PostgreSQL's own statistics of the keys column
 * (ANALYZE keeps the most common array elements with their frequencies; autovacuum keeps them
 * current). A key that is not listed is rarer than every listed one. Cached for a minute.
 */
async function keyFrequency(): Promise<(key: number) => number> {
  const cached = globalForTm.setuTmFrequency;
  if (cached && Date.now() - cached.at < FREQUENCY_TTL_MS) return (k) => cached.freq.get(k) ?? 0;
  const rows = await prisma.$queryRaw<{ elems: number[] | null; freqs: number[] | null }[]>`
    SELECT most_common_elems::text::int[] AS elems, most_common_elem_freqs AS freqs
    FROM pg_stats WHERE schemaname = current_schema() AND tablename = 'tm_entry' AND attname = 'keys'`;
  const freq = new Map<number, number>();
  const { elems, freqs } = rows[0] ?? { elems: null, freqs: null };
  for (const [i, k] of (elems ?? []).entries()) freq.set(k, freqs?.[i] ?? 0);
  globalForTm.setuTmFrequency = { at: Date.now(), freq };
  return (k) => freq.get(k) ?? 0;
}

/** Forgets the cached key statistics (after a large import, and in tests). */
export function forgetKeyFrequency(): void {
  globalForTm.setuTmFrequency = undefined;
}

/** What the ranking reads of a candidate; the origin of the few matches kept is read afterwards (withOrigins). */
type RankedCandidate = Omit<MemoryCandidate, "originFile" | "originDocumentId" | "originTitle">;

// Read through the pool, not Prisma: an analysis reads ~10^5 candidate rows, and Prisma's per-row
// mapping cost more than the statement.
const rankColumns = `t.id, t.source, t.target, t.source_norm AS "sourceNorm", t.status::text AS status,
  t.prev_hash::text AS prev, t.next_hash::text AS next, t.updated_at AS "updatedAt", t.keys`;

/**
 * The candidates of one batch of queries (indexes `qs` into `prepared`): the entries with the same
 * normalised source (its md5, the unique key's) and, for each query that needs fuzzy matches, the
 * entries sharing a pair of its rarest content words (the GIN index on keys). A query whose exact
 * matches already fill `limit` — or that asks for nothing below 100 — needs no fuzzy candidates: a
 * fuzzy score is at most 99, and every entry of the same normalised text is among the exact ones.
 */
async function candidatesFor(
  projectId: string,
  prepared: readonly PreparedQuery[],
  qs: readonly number[],
  opts: { limit: number; min: number },
  frequency: (key: number) => number,
): Promise<Map<number, RankedCandidate[]>> {
  const pool = getPgPool();
  const byQuery = new Map<number, Map<number, RankedCandidate>>(qs.map((q) => [q, new Map()]));
  const add = (rows: (RankedCandidate & { q: number })[]) => {
    for (const { q, ...candidate } of rows) byQuery.get(q)?.set(candidate.id, candidate);
  };
  const exact = await pool.query<RankedCandidate & { q: number }>(
    `SELECT q.i AS q, ${rankColumns}
     FROM unnest($2::int[], $3::text[]) AS q(i, norm)
     JOIN tm_entry t ON t.project_id = $1 AND t.source_hash = md5(q.norm)::uuid`,
    [projectId, qs, qs.map((q) => prepared[q].norm)],
  );
  add(exact.rows);
  const pairA: number[] = [];
  const pairB: number[] = [];
  const pairQ: number[] = [];
  for (const q of qs) {
    if (opts.min >= EXACT || (byQuery.get(q)?.size ?? 0) >= opts.limit) continue;
    for (const pair of rarestPairs(retrievalKeys(prepared[q].tokens), frequency)) {
      pairA.push(pair[0]);
      pairB.push(pair[1] ?? pair[0]);
      pairQ.push(q);
    }
  }
  if (pairQ.length > 0) {
    const fuzzy = await pool.query<RankedCandidate & { q: number }>(
      `SELECT q.i AS q, c.*
       FROM unnest($2::int[], $3::int[], $4::int[]) AS q(a, b, i)
       CROSS JOIN LATERAL (
         SELECT ${rankColumns} FROM tm_entry t
         WHERE t.project_id = $1 AND t.keys @> ARRAY[q.a, q.b]
         LIMIT ${PER_PAIR}
       ) c`,
      [projectId, pairA, pairB, pairQ],
    );
    add(fuzzy.rows);
  }
  return new Map([...byQuery].map(([q, m]) => [q, [...m.values()]]));
}

/** The matches with their origin (the file or document the entry came from), read for these few entries only. */
async function withOrigins(matches: TmMatch<RankedCandidate>[][]): Promise<MemoryMatch[][]> {
  const ids = [...new Set(matches.flat().map((m) => m.candidate.id))];
  if (ids.length === 0) return matches.map(() => []);
  const { rows } = await getPgPool().query<{
    id: number;
    originFile: string | null;
    originDocumentId: string | null;
    originTitle: string | null;
  }>(
    `SELECT t.id, t.origin_file AS "originFile", t.origin_document_id AS "originDocumentId", d.title AS "originTitle"
     FROM tm_entry t LEFT JOIN document d ON d.id = t.origin_document_id WHERE t.id = ANY($1::int[])`,
    [ids],
  );
  const origin = new Map(rows.map((r) => [r.id, r]));
  const none = { originFile: null, originDocumentId: null, originTitle: null };
  return matches.map((ms) =>
    ms.map((m) => {
      const { id: _, ...o } = origin.get(m.candidate.id) ?? { id: 0, ...none };
      return { ...m, candidate: { ...m.candidate, ...o } };
    }),
  );
}

/**
 * The best memory matches of each query sentence in a project: candidates from the index (the
 * exact source hash, and entries sharing two of the sentence's rarest content words), re-ranked by
 * the exact score of lib/tm. `prev`/`next` are the neighbouring Hindi sentences for 101 % matches
 * ("" at a document's edge, undefined when unknown). IN_FLIGHT batches' statements run while a
 * batch is re-ranked; `onProgress` hears the queries done after each batch.
 */
export async function loadMemoryMatches(
  projectId: string,
  queries: readonly TmQuery[],
  opts: { limit: number; min: number },
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<MemoryMatch[][]> {
  const prepared = queries.map((q) => {
    const p = prepareQuery(q);
    const prev = q.prev === undefined || q.prev === null ? null : prepareQuery({ text: q.prev }).norm;
    const next = q.next === undefined || q.next === null ? null : prepareQuery({ text: q.next }).norm;
    return { ...p, prev: contextHash(prev), next: contextHash(next) };
  });
  const frequency = await keyFrequency();
  const batches: number[][] = [];
  for (let start = 0; start < prepared.length; start += BATCH) {
    batches.push(Array.from({ length: Math.min(BATCH, prepared.length - start) }, (_, i) => start + i));
  }
  const fetch = (b: number) => {
    const p = candidatesFor(projectId, prepared, batches[b], opts, frequency);
    // Awaited in its turn; until then a failure must not count as unhandled.
    p.catch(() => {});
    return p;
  };
  const out: MemoryMatch[][] = [];
  const inFlight = batches.slice(0, IN_FLIGHT).map((_, b) => fetch(b));
  for (let b = 0; b < batches.length; b++) {
    const candidates = await inFlight[b];
    if (b + IN_FLIGHT < batches.length) inFlight.push(fetch(b + IN_FLIGHT));
    const ranked = batches[b].map((q) => rankMatches(prepared[q], queries[q].text, candidates.get(q) ?? [], opts));
    out.push(...(await withOrigins(ranked)));
    await onProgress?.(out.length, queries.length);
  }
  return out;
}

/** How many entries a project's memory holds. */
export async function countMemoryEntries(projectId: string): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM tm_entry WHERE project_id = ${projectId}`;
  return n;
}

const EXPORT_PAGE = 1_000;

/**
 * A project's memory as TMX 1.4 (the writer of lib/tmx, valid by the DTD), streamed a keyset page
 * at a time. Each entry carries its status and origin as props, which Setu reads back on import.
 */
export async function* streamMemoryTmx(projectId: string, creationDate = new Date()): AsyncGenerator<string> {
  const pool = getPgPool();
  yield tmxHeader({ toolVersion: packageJson.version, srcLang: "hi-IN", creationDate, oTmf: "Setu translation memory" });
  let after = 0;
  for (;;) {
    const { rows } = await pool.query<{
      id: number;
      source: string;
      target: string;
      status: string;
      origin_file: string | null;
      title: string | null;
      created_at: Date;
      updated_at: Date;
    }>(
      `SELECT t.id, t.source, t.target, t.status::text AS status, t.origin_file, d.title, t.created_at, t.updated_at
       FROM tm_entry t LEFT JOIN document d ON d.id = t.origin_document_id
       WHERE t.project_id = $1 AND t.id > $2 ORDER BY t.id LIMIT ${EXPORT_PAGE}`,
      [projectId, after],
    );
    if (rows.length === 0) break;
    yield rows
      .map((r) =>
        tmxUnit({
          tuid: `tm-${r.id}`,
          srcLang: "hi-IN",
          tgtLang: "en-US",
          source: r.source,
          target: r.target,
          creationDate: r.created_at,
          changeDate: r.updated_at,
          props: [
            ["status", r.status],
            ...(r.title !== null ? ([["document", r.title]] as [string, string][]) : []),
            ...(r.origin_file !== null ? ([["file", r.origin_file]] as [string, string][]) : []),
          ],
        }),
      )
      .join("");
    after = rows[rows.length - 1].id;
  }
  yield tmxFooter();
}

export interface ProjectRef {
  id: string;
  name: string;
}

/** The project a CLI command means (projects' one chooser: id or name, or the only project), with its name. */
export async function resolveProject(nameOrId: string | undefined): Promise<ProjectRef> {
  const id = await resolveProjectForCli(nameOrId);
  const row = await prisma.project.findUniqueOrThrow({ where: { id }, select: { id: true, name: true } });
  return row;
}

export interface DocumentUnitSource {
  unitId: number;
  number: number;
  hindi: string;
  prev: string;
  next: string;
  /** The unit as it was read, so that a write based on this read can tell a unit changed since. */
  version: number;
  english: string;
  status: UnitStatus;
}

/** A document's units with their Hindi and neighbouring sentences, in order, and the document's project. */
export async function loadDocumentSources(documentId: string): Promise<{ projectId: string | null; units: DocumentUnitSource[] }> {
  const doc = await prisma.$queryRaw<
    { projectId: string | null }[]
  >`SELECT project_id AS "projectId" FROM document WHERE id = ${documentId}`;
  if (!doc[0]) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  // Each unit's sentences by an index range scan of their own: a join on BETWEEN is a nested loop
  // over every sentence for every unit whenever the planner misjudges the document's size (a fresh
  // import, before autovacuum's ANALYZE: 14 s for 6,000 units, against well under one).
  const units = await prisma.$queryRaw<DocumentUnitSource[]>`
    SELECT u.id AS "unitId", (row_number() OVER (ORDER BY u.first_sentence))::int AS number,
      (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
        WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi,
      coalesce((SELECT p.text FROM sentence p WHERE p.document_id = u.document_id AND p.position = u.first_sentence - 1), '') AS prev,
      coalesce((SELECT n.text FROM sentence n WHERE n.document_id = u.document_id AND n.position = u.last_sentence + 1), '') AS next,
      u.version, u.english, u.status::text AS status
    FROM unit u
    WHERE u.document_id = ${documentId}
    ORDER BY u.first_sentence`;
  return { projectId: doc[0].projectId, units };
}

/** The best memory match (≥ 50 %) of each unit, in the order given; null where the memory has none. */
async function bestMatches(
  projectId: string | null,
  units: readonly { hindi: string; prev: string; next: string }[],
  onProgress?: (done: number, total: number) => Promise<void>,
) {
  if (!projectId) {
    await onProgress?.(units.length, units.length);
    return units.map(() => null);
  }
  const found = await loadMemoryMatches(
    projectId,
    units.map((u) => ({ text: u.hindi, prev: u.prev, next: u.next })),
    { limit: 1, min: 50 },
    onProgress,
  );
  return found.map((m) => m[0] ?? null);
}

export interface MatchedUnit extends DocumentUnitSource {
  best: MemoryMatch | null;
}

/**
 * Every unit of a document with its best memory match: what the analysis bands and what
 * pre-translation fills (one read for both, so the page's numbers are what the button does).
 */
export async function loadDocumentMatches(
  documentId: string,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<{ projectId: string | null; units: MatchedUnit[] }> {
  const { projectId, units } = await loadDocumentSources(documentId);
  await onProgress?.(0, units.length);
  // A job hears each batch of statements (loadMemoryMatches's progress).
  const best = await bestMatches(projectId, units, onProgress);
  return { projectId, units: units.map((u, i) => ({ ...u, best: best[i] })) };
}

/** The analysis of matched units (loadDocumentMatches), as the page and the CLI show it. */
export function analyseDocumentMatches(units: readonly MatchedUnit[]): Analysis {
  return analyseMatched(units);
}

function analyseMatched(units: readonly { hindi: string; best: { score: number } | null }[]): Analysis {
  return analyse(
    units.map((u) => ({ norm: normaliseTmSource(u.hindi), words: countWords(tokenizeTm(u.hindi)), best: u.best?.score ?? null })),
  );
}

/** The analysis of a document against its project's memory (bands, words), as an agency quotes a job. */
export async function loadDocumentAnalysis(documentId: string): Promise<Analysis> {
  return analyseMatched((await loadDocumentMatches(documentId)).units);
}

/** The analysis of Hindi units (a file's sentences) against a project's memory. */
export async function analyseTexts(
  projectId: string | null,
  units: readonly { hindi: string; prev: string; next: string }[],
): Promise<Analysis> {
  const best = await bestMatches(projectId, units);
  return analyseMatched(units.map((u, i) => ({ hindi: u.hindi, best: best[i] })));
}

/**
 * The actor the policy is asked about for a project's memory: an administrator as such, anyone
 * else with their role in the project (a manager decides as a reviewer does); null when the person
 * is not a member — the caller answers as if the thing did not exist.
 */
export async function memoryActorFor(user: { id: string; role: Role }, projectId: string): Promise<Role | null> {
  if (user.role === "admin") return "admin";
  const role = await loadMembership(projectId, user.id);
  if (role === null) return null;
  return role === "manager" ? "reviewer" : role;
}

/**
 * The memory's best matches for one unit of the editor, asked as `user`: refused as not found for a
 * unit of a project the user is not a member of (the same answer as for a unit that does not exist).
 */
export async function loadUnitMemoryMatches(
  unitId: number,
  user: { id: string; role: Role },
  opts: { limit: number; min: number },
): Promise<UnitMemoryMatch[]> {
  const rows = await prisma.$queryRaw<{ projectId: string; hindi: string; prev: string; next: string }[]>`
    SELECT d.project_id AS "projectId",
      (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
        WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi,
      coalesce((SELECT p.text FROM sentence p WHERE p.document_id = u.document_id AND p.position = u.first_sentence - 1), '') AS prev,
      coalesce((SELECT n.text FROM sentence n WHERE n.document_id = u.document_id AND n.position = u.last_sentence + 1), '') AS next
    FROM unit u JOIN document d ON d.id = u.document_id WHERE u.id = ${unitId}`;
  const unit = rows[0];
  const actor = unit ? await memoryActorFor(user, unit.projectId) : null;
  if (!unit || actor === null) throw new AppError("NOT_FOUND", `No unit ${unitId}.`, { reason: "unitGone" });
  assertMemoryAllowed(actor, "memory-lookup");
  const [matches] = await loadMemoryMatches(unit.projectId, [{ text: unit.hindi ?? "", prev: unit.prev, next: unit.next }], opts);
  const queryTokens = tokenizeTm(unit.hindi ?? "");
  return matches.map((m) => {
    const stored = tokenizeTm(m.candidate.source);
    const { ops = [] } = tokenDistance(stored, queryTokens, true);
    const changed = new Set(ops.filter((o) => o.op === "replace" || o.op === "delete").map((o) => ("a" in o ? o.a : -1)));
    return {
      id: m.candidate.id,
      score: m.score,
      hindi: m.candidate.source,
      english: m.english,
      storedEnglish: m.candidate.target,
      substituted: m.substitution.substituted,
      status: m.candidate.status,
      origin: m.candidate.originTitle ?? m.candidate.originFile,
      updatedAt: m.candidate.updatedAt.toISOString(),
      diff: stored.map((t, i) => ({ text: t.text, kind: changed.has(i) ? "changed" : "same" })),
    };
  });
}

const globalForEntries = globalThis as unknown as { setuTmEntries?: { at: number; rows: number; share: Map<string, number> } };

/**
 * About how many memory entries a project has, from PostgreSQL's statistics of tm_entry (its row
 * count and the most common project ids with their shares, kept current by autovacuum; cached for a
 * minute): 0 for a project too small to be listed, or before the table was ever analysed.
 */
async function projectEntryEstimate(projectId: string): Promise<number> {
  let cached = globalForEntries.setuTmEntries;
  if (!cached || Date.now() - cached.at >= FREQUENCY_TTL_MS) {
    const rows = await prisma.$queryRaw<{ rows: number; vals: string[] | null; freqs: number[] | null }[]>`
      SELECT greatest(c.reltuples, 0)::float8 AS rows, s.most_common_vals::text::text[] AS vals, s.most_common_freqs::float8[] AS freqs
      FROM pg_class c
      LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = 'tm_entry' AND s.attname = 'project_id'
      WHERE c.oid = 'tm_entry'::regclass`;
    const { rows: total, vals, freqs } = rows[0] ?? { rows: 0, vals: null, freqs: null };
    const share = new Map<string, number>();
    for (const [i, v] of (vals ?? []).entries()) share.set(v, freqs?.[i] ?? 0);
    cached = { at: Date.now(), rows: total, share };
    globalForEntries.setuTmEntries = cached;
  }
  return Math.round(cached.rows * (cached.share.get(projectId) ?? 0));
}

/** Hits a concordance search lists (the editor's Ctrl+K); more are there when `truncated`. */
export const CONCORDANCE_LIMIT = 20;
/** Entries the concordance walks in order before it asks an index (searchMemory). */
const CONCORDANCE_WINDOW = 2_000;
/** The farthest the ordered walk goes, when the first window shows the phrase or word is common enough. */
const CONCORDANCE_WALK_MAX = 20_000;
/** Matches in the first window from which walking on beats an index (≥ ~0.15 % of the memory). */
const CONCORDANCE_WALK_ON = 3;
/**
 * What a match found through the boundary keys costs, in entries of the ordered walk: the keys
 * return about twice the entries that contain the phrase, each read at random and rechecked, against
 * the walk's in-order reads with the keys checked first (measured at 1M: ~9 µs a key row, ~4 µs a
 * walked entry, cached, on the loaded 2-core lab; a key row whose page is not cached costs more).
 */
const CONCORDANCE_KEYED_ROW_COST = 5;
/** concordance_keys of an entry whose keys were never computed (the column's default): rechecked by every phrase search. */
const UNKEYED = [0];

/**
 * A concordance search of a project's memory, in either language: entries whose normalised Hindi
 * contains the normalised query (the glossary's folding, so ज़मीन finds जमीन) or whose English
 * contains it, case aside (LIKE '%…%'): an ordered walk of the first entries in the concordance's
 * order, walking on when those show the query is common, then an index when the walk finds too few —
 * the word-boundary keys for a phrase (lib/tm/concordance-keys), the trigram GIN indexes for a single
 * word. Approved first, then the most recent. Hits carry the parts to mark (lib/tm/highlight). The
 * caller checked access.
 */
export async function searchMemory(projectId: string, query: string): Promise<{ hits: ConcordanceHit[]; truncated: boolean }> {
  const hindiText = normaliseTmSource(query);
  const hindi = containsPattern(hindiText);
  const english = containsPattern(query);
  // ILIKE lowers every English it reads (~4× a LIKE's cost, measured); a query with no letter that has
  // a case (a Hindi phrase, a number) finds the same with LIKE (lib/tm/concordance-keys, isCaseless).
  const englishLike = isCaseless(query) ? Prisma.sql`LIKE ${english}` : Prisma.sql`ILIKE ${english}`;
  type Row = { id: number; source: string; target: string; status: TmStatus; originTitle: string | null; originFile: string | null };
  const hindiKeys = phraseKeys(hindiText, false);
  const englishKeys = phraseKeys(query, true);
  // A phrase's side is asked as "has all the phrase's boundary keys, and contains it": the keys are
  // those of every entry containing the phrase (concordance-keys.ts), so this is the same answer. A
  // side that cannot be keyed (a one-letter end, a cased non-ASCII letter in the English) is its LIKE.
  // A keyed side's LIKE is on `column || ''`, which no index serves: otherwise the planner ANDs the
  // keys with the trigram scan, and that scan alone costs what the keys avoid (~300 ms at 1M).
  const side = (keys: number[] | null, column: Prisma.Sql, like: Prisma.Sql) =>
    keys
      ? Prisma.sql`((t.concordance_keys @> ${keys}::int[] OR t.concordance_keys @> ${UNKEYED}::int[]) AND (${column} || '') ${like})`
      : Prisma.sql`${column} ${like}`;
  const matches = Prisma.sql`(${side(hindiKeys, Prisma.sql`t.source_norm`, Prisma.sql`LIKE ${hindi}`)}
    OR ${side(englishKeys, Prisma.sql`t.target`, englishLike)})`;
  const hit = Prisma.sql`t.id, t.source, t.target, t.status::text AS status, d.title AS "originTitle", t.origin_file AS "originFile"`;
  // The concordance's order, on every path (status DESC is approved first: the enum declares approved last).
  const order = Prisma.sql`t.status DESC, t.updated_at DESC, t.id`;
  // 1. The ordered walk: the newest `window` entries in the concordance's order, through
  // tm_entry_concordance_order_idx, filtered, first 21 kept; the outer LIMIT stops the walk at the 21st
  // match. A common query (the slow case of an index: thousands of rows fetched and sorted) has its 21
  // here, and they are the global first 21: any match outside the window comes later in the same order.
  const walk = (window: number) => prisma.$queryRaw<Row[]>`
    SELECT ${hit}
    FROM (
      SELECT w.* FROM tm_entry w WHERE w.project_id = ${projectId}
      ORDER BY w.status DESC, w.updated_at DESC, w.id LIMIT ${window}
    ) t LEFT JOIN document d ON d.id = t.origin_document_id
    WHERE ${matches}
    ORDER BY ${order}
    LIMIT ${CONCORDANCE_LIMIT + 1}`;
  let rows = await walk(CONCORDANCE_WINDOW);
  // 1b. Walk on, at most CONCORDANCE_WALK_MAX entries, when the window shows the query is common. A
  // single word with three or more in the window (over ~0.15 % of the memory): its trigram index is
  // worse. A phrase when the walk is expected to cost less than its keys' rows (lib/tm/concordance-plan:
  // thousands of matches in a large memory, each key row read at random, against a walk that reads in
  // order, checks the keys first and stops at the 21st match).
  if (rows.length <= CONCORDANCE_LIMIT && rows.length >= CONCORDANCE_WALK_ON) {
    const walkOn =
      !(hindiKeys || englishKeys) ||
      shouldWalkOn({
        hits: rows.length,
        window: CONCORDANCE_WINDOW,
        limit: CONCORDANCE_LIMIT + 1,
        entries: await projectEntryEstimate(projectId),
        indexRowCost: CONCORDANCE_KEYED_ROW_COST,
        minHits: CONCORDANCE_WALK_ON,
      });
    if (walkOn) rows = await walk(CONCORDANCE_WALK_MAX);
  }
  // 2. Fewer than 21: an index. For a phrase, the entries holding all its word boundaries (GIN on
  // concordance_keys), rechecked by the LIKE, then sorted: for two common words the few hundred
  // entries where they stand side by side, not the tens of thousands holding both that the trigram
  // index returns. For a single word, the trigram GIN indexes.
  if (rows.length <= CONCORDANCE_LIMIT) {
    rows = await prisma.$queryRaw<Row[]>`
      SELECT ${hit}
      FROM tm_entry t LEFT JOIN document d ON d.id = t.origin_document_id
      WHERE t.project_id = ${projectId} AND ${matches}
      ORDER BY ${order}
      LIMIT ${CONCORDANCE_LIMIT + 1}`;
  }
  return {
    truncated: rows.length > CONCORDANCE_LIMIT,
    hits: rows.slice(0, CONCORDANCE_LIMIT).map((r) => ({
      id: r.id,
      hindi: highlightParts(r.source, query),
      english: highlightParts(r.target, query),
      status: r.status,
      origin: r.originTitle ?? r.originFile,
    })),
  };
}
