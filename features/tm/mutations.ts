import "server-only";
import { enqueueJob, type JobContext, lockRequester } from "@/features/jobs/mutations";
import { Prisma } from "@/generated/prisma/client";
import { assertMemoryAllowed, projectActor } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { prisma, type Tx } from "@/lib/server/prisma";
import { transact } from "@/lib/server/transaction";
import { normaliseText } from "@/lib/text/normalise";
import { concordanceKeys } from "@/lib/tm/concordance-keys";
import { describeEntry } from "@/lib/tm/entry";
import { decodeXmlChunks } from "@/lib/tmx/decode-chunks";
import { pickHindiEnglish } from "@/lib/tmx/pick-languages";
import { readTmx } from "@/lib/tmx/reader";
import { analyseDocumentMatches, forgetKeyFrequency, loadDocumentMatches } from "./data";
import type { AnalysisSummary, MemoryImportReport } from "./types";

export type { MemoryImportReport };

/** What the memory is made of for one unit: its pair, where it is, and the sentences around it. */
export interface UnitSource {
  unitId: number;
  documentId: string;
  projectId: string | null;
  english: string;
  status: string;
  hindi: string;
  prev: string | null;
  next: string | null;
}

const EDGE = "";

function readUnitSources(tx: Tx, unitIds: readonly number[]): Promise<UnitSource[]> {
  return tx.$queryRaw<UnitSource[]>`
    SELECT u.id AS "unitId", u.document_id AS "documentId", d.project_id AS "projectId", u.english, u.status::text AS status,
      (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
        WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi,
      (SELECT s.text FROM sentence s WHERE s.document_id = u.document_id AND s.position = u.first_sentence - 1) AS prev,
      (SELECT s.text FROM sentence s WHERE s.document_id = u.document_id AND s.position = u.last_sentence + 1) AS next
    FROM unit u JOIN document d ON d.id = u.document_id
    WHERE u.id = ANY(${[...unitIds]}::int[])`;
}

/**
 * Brings the memory in step with these units, inside the caller's transaction (a save, an
 * approval, a bulk approval): a unit that is translated or approved with English is upserted as
 * its project's pair (approved ranks above translated: another unit's translated save never lowers
 * an approved entry, the unit itself may); the entry a unit wrote before is removed when the unit's
 * English changed or it is no longer translated/approved. One read and one set-based write, in
 * hash order so that two bulk approvals lock entries in the same order.
 */
export async function recordUnitsInMemory(tx: Tx, unitIds: readonly number[], known?: readonly UnitSource[]): Promise<void> {
  if (unitIds.length === 0) return;
  // A save already read its one unit under its locks (saveUnit): the write alone is left to do.
  const units = known ?? (await readUnitSources(tx, unitIds));
  const rows = units.map((u) => {
    const english = u.english.trim();
    const keep = u.projectId !== null && english !== "" && (u.status === "translated" || u.status === "approved") && !!u.hindi?.trim();
    const entry = describeEntry(u.hindi ?? "", u.prev ?? EDGE, u.next ?? EDGE);
    return { ...u, english, keep, entry, concordance: `{${concordanceKeys(entry.sourceNorm, english).join(",")}}` };
  });
  const col = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM unnest(
        ${col((r) => r.unitId)}::int[], ${col((r) => r.documentId)}::text[], ${col((r) => r.projectId)}::text[],
        ${col((r) => r.hindi ?? "")}::text[], ${col((r) => r.english)}::text[], ${col((r) => r.status)}::text[],
        ${col((r) => r.keep)}::bool[], ${col((r) => r.entry.sourceNorm)}::text[], ${col((r) => `{${r.entry.keys.join(",")}}`)}::text[],
        ${col((r) => r.entry.prevNorm)}::text[], ${col((r) => r.entry.nextNorm)}::text[], ${col((r) => r.concordance)}::text[]
      ) AS i(unit_id, document_id, project_id, source, target, status, keep, source_norm, keys, prev_norm, next_norm, concordance_keys)
    ),
    hashed AS (
      SELECT i.*, md5(source_norm)::uuid AS source_hash, md5(target)::uuid AS target_hash FROM input i
    ),
    -- Two units of one batch with the same pair are one entry (an upsert may touch a row once): the approved one, else the later.
    kept AS (
      SELECT DISTINCT ON (project_id, source_hash, target_hash) * FROM hashed WHERE keep
      ORDER BY project_id, source_hash, target_hash, (status = 'approved') DESC, unit_id DESC
    ),
    removed AS (
      DELETE FROM tm_entry t USING hashed h
      WHERE t.origin_unit_id = h.unit_id
        AND (NOT h.keep OR t.project_id IS DISTINCT FROM h.project_id OR t.source_hash <> h.source_hash OR t.target_hash <> h.target_hash)
        -- A pair another unit of this batch keeps is updated below, not deleted (one statement touches a row once).
        AND NOT EXISTS (SELECT 1 FROM kept k WHERE k.project_id = t.project_id AND k.source_hash = t.source_hash AND k.target_hash = t.target_hash)
    )
    INSERT INTO tm_entry (project_id, source, target, source_norm, source_hash, target_hash, keys, concordance_keys, status,
      origin_unit_id, origin_document_id, prev_hash, next_hash, updated_at)
    SELECT project_id, source, target, source_norm, source_hash, target_hash,
      keys::int[], concordance_keys::int[], status::"TmStatus",
      unit_id, document_id, md5(prev_norm)::uuid, md5(next_norm)::uuid, now()
    FROM kept
    ORDER BY project_id, source_hash, target_hash
    ON CONFLICT (project_id, source_hash, target_hash) DO UPDATE SET
      status = CASE WHEN tm_entry.status = 'approved' AND tm_entry.origin_unit_id IS DISTINCT FROM excluded.origin_unit_id
                    THEN 'approved'::"TmStatus" ELSE excluded.status END,
      source = excluded.source,
      -- The same as before, except on an entry written before the keys existed ({0}): its save computes them.
      concordance_keys = excluded.concordance_keys,
      origin_unit_id = excluded.origin_unit_id,
      origin_document_id = excluded.origin_document_id,
      origin_file = NULL,
      prev_hash = excluded.prev_hash,
      next_hash = excluded.next_hash,
      updated_at = now()`;
}

/** After a bulk approval: the units this transaction approved (their updated_at is its now(), stored to the millisecond). */
export async function recordApprovedNowInMemory(tx: Tx, documentId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>(
    Prisma.sql`SELECT id FROM unit WHERE document_id = ${documentId} AND status = 'approved' AND updated_at = now()::timestamptz(3)`,
  );
  await recordUnitsInMemory(
    tx,
    rows.map((r) => r.id),
  );
}

async function assertMayImportLocked(tx: Tx, projectId: string, user: { id: string; role: Role }): Promise<void> {
  const rows = await tx.$queryRaw<{ role: ProjectRole }[]>`
    SELECT role::text AS role FROM project_member WHERE project_id = ${projectId} AND user_id = ${user.id} FOR SHARE`;
  const actor = projectActor(user.role, rows[0]?.role ?? null);
  // A non-member is answered as for a project that does not exist (the route's own answer).
  if (actor === null) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
  assertMemoryAllowed(actor, "memory-import");
}

async function* once(bytes: Uint8Array): AsyncIterable<Uint8Array> {
  yield bytes;
}

/** The GIN pending list of the import's upsert (importMemoryTmx): about a 20,000-entry file's index entries (256 MB measured the same). */
const IMPORT_GIN_PENDING_LIST = "64MB";

/** Rows sent to the staging table per statement: the file streams through, memory stays flat. */
const STAGE_BATCH = 5_000;

/**
 * Imports a TMX into a project's memory (not as a document): streamed through the XXE-safe reader
 * into a temporary table in batches, then one set-based upsert, all in one transaction — a
 * malformed file, a kill or a database failure leaves nothing behind. Same source and English as
 * an entry already there (or earlier in the file) is merged, approved ranking above translated.
 * A file without a Hindi–English pair is refused, naming the languages it has. With `user` (the web
 * path; the CLI holds the database and passes none) the policy is asked again inside the transaction,
 * on the membership row locked FOR SHARE: a member removed or demoted since the route's check imports nothing.
 */
export async function importMemoryTmx(
  bytes: AsyncIterable<Uint8Array> | Uint8Array,
  input: { projectId: string; fileName: string; maxBytes: number; user?: { id: string; role: Role } },
): Promise<MemoryImportReport> {
  if (bytes instanceof Uint8Array && bytes.length > input.maxBytes) {
    throw new AppError("TOO_LARGE", `The TMX file is ${bytes.length} bytes; the limit is ${input.maxBytes} bytes.`, {
      reason: "tooLarge",
      limit: input.maxBytes,
    });
  }
  const source = bytes instanceof Uint8Array ? once(bytes) : bytes;
  const report = await transact(
    async (tx) => {
      const project = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM project WHERE id = ${input.projectId} FOR KEY SHARE`;
      if (!project[0]) throw new AppError("NOT_FOUND", `No project with id ${input.projectId}.`, { reason: "projectNotFound" });
      if (input.user) await assertMayImportLocked(tx, input.projectId, input.user);
      await tx.$executeRawUnsafe(
        "CREATE TEMP TABLE tm_import (source text, target text, source_norm text, keys text, concordance_keys text, status text) ON COMMIT DROP",
      );
      const skipped: Record<string, number> = {};
      const languages = new Set<string>();
      const extra = new Set<string>();
      let srcLang = "";
      let read = 0;
      let staged = 0;
      let batch: { source: string; target: string; norm: string; keys: string; concordance: string; status: string }[] = [];
      const flush = async () => {
        if (batch.length === 0) return;
        await tx.$executeRaw`
          INSERT INTO tm_import SELECT * FROM unnest(${batch.map((b) => b.source)}::text[], ${batch.map((b) => b.target)}::text[],
            ${batch.map((b) => b.norm)}::text[], ${batch.map((b) => b.keys)}::text[], ${batch.map((b) => b.concordance)}::text[],
            ${batch.map((b) => b.status)}::text[])`;
        staged += batch.length;
        batch = [];
      };
      for await (const event of readTmx(decodeXmlChunks(source), { maxBytes: input.maxBytes })) {
        if (event.kind === "header") {
          srcLang = event.header.srcLang;
          continue;
        }
        read++;
        for (const v of event.unit.variants) if (languages.size < 20) languages.add(v.lang);
        const pick = pickHindiEnglish(srcLang, event.unit.variants);
        if ("skip" in pick) {
          skipped[pick.skip] = (skipped[pick.skip] ?? 0) + 1;
          continue;
        }
        for (const lang of pick.extraLanguages) extra.add(lang);
        const hindi = normaliseText(pick.hindi);
        const english = normaliseText(pick.english);
        const entry = describeEntry(hindi, null, null);
        if (!entry.sourceNorm || !english) {
          skipped["empty-text"] = (skipped["empty-text"] ?? 0) + 1;
          continue;
        }
        const status = event.unit.props["x-setu-status"] === "approved" ? "approved" : "translated";
        batch.push({
          source: hindi,
          target: english,
          norm: entry.sourceNorm,
          keys: `{${entry.keys.join(",")}}`,
          concordance: `{${concordanceKeys(entry.sourceNorm, english).join(",")}}`,
          status,
        });
        if (batch.length >= STAGE_BATCH) await flush();
      }
      await flush();
      if (staged === 0) {
        const found = [...languages].sort();
        throw new AppError(
          "BAD_INPUT",
          found.length
            ? `The TMX has no Hindi–English pair: it has ${found.join(", ")}. The memory takes Hindi (hi) with English (en).`
            : "The TMX has no translation units with text.",
          { reason: "noHindiEnglish", languages: found, skipped },
        );
      }
      // The GIN indexes (trigrams of the Hindi and the English, retrieval and concordance keys) take
      // ~350 entries per row. With the default 4 MB pending list an import flushed it into the trees
      // every few hundred rows, each flush descending the same keys' posting trees again; one list for
      // the whole statement, merged once at the end (gin_clean_pending_list below, so that no lookup
      // after the import scans a long list), took 0.74× the time at 1M (lab, interleaved; upsert + merge).
      // Merging the list takes the indexes' owner (as VACUUM does): a database role that is not keeps the default.
      const gin = await tx.$queryRaw<{ names: string[] }[]>`
        SELECT coalesce(array_agg(c.relname::text), '{}') AS names
        FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
        WHERE i.indrelid = 'tm_entry'::regclass AND a.amname = 'gin' AND pg_has_role(current_user, c.relowner, 'USAGE')`;
      const ownGin = gin[0]?.names ?? [];
      if (ownGin.length > 0) await tx.$executeRawUnsafe(`SET LOCAL gin_pending_list_limit = '${IMPORT_GIN_PENDING_LIST}'`);
      const [{ added }] = await tx.$queryRaw<{ added: number }[]>`
        WITH upserted AS (
        INSERT INTO tm_entry (project_id, source, target, source_norm, source_hash, target_hash, keys, concordance_keys, status, origin_file, updated_at)
        SELECT ${input.projectId}, source, target, source_norm, source_hash, target_hash, keys::int[], concordance_keys::int[], status::"TmStatus",
          ${input.fileName}, now()
        FROM (
          SELECT DISTINCT ON (source_hash, target_hash) *
          FROM (SELECT i.*, md5(source_norm)::uuid AS source_hash, md5(target)::uuid AS target_hash FROM tm_import i) h
          ORDER BY source_hash, target_hash, (status = 'approved') DESC
        ) d
        ORDER BY source_hash, target_hash
        ON CONFLICT (project_id, source_hash, target_hash) DO UPDATE SET
          status = CASE WHEN tm_entry.status = 'approved' OR excluded.status = 'approved' THEN 'approved'::"TmStatus" ELSE 'translated'::"TmStatus" END,
          concordance_keys = excluded.concordance_keys,
          updated_at = now()
        RETURNING (xmax = 0) AS inserted)
        SELECT (count(*) FILTER (WHERE inserted))::int AS added FROM upserted`;
      if (ownGin.length > 0)
        await tx.$queryRaw`SELECT count(gin_clean_pending_list(name::regclass))::int AS n FROM unnest(${ownGin}::text[]) AS name`;
      return { read, added, merged: staged - added, skipped, extraLanguages: [...extra].sort() };
    },
    { timeout: 30 * 60_000, maxWait: 10_000 },
  );
  // Lookups weigh keys by their frequency in the memory, which an import can change a lot.
  forgetKeyFrequency();
  return report;
}

/**
 * Queues the analysis of a document against its project's memory as a job (one per document at a
 * time); returns its id. `user` is the person as they act on the document's project (accessDocument).
 */
export async function enqueueAnalysis(documentId: string, user: { id: string; role: Role; projectId: string }): Promise<string> {
  assertMemoryAllowed(user.role, "memory-lookup");
  const units = await prisma.unit.count({ where: { documentId } });
  return enqueueJob({
    kind: "analyse",
    projectId: user.projectId,
    documentId,
    requestedById: user.id,
    total: units,
    input: {},
    exclusive: true,
  });
}

/**
 * The worker's side of an analysis job: the document's units are looked up in the memory with
 * progress (a statement's worth at a time), banded, and the bands are stored as the job's result,
 * which the document page shows until the next analysis. The final transaction asks the policy
 * again on the requester's locked rows: someone removed from the project meanwhile gets no result.
 */
export async function runAnalysisJob(job: JobContext): Promise<void> {
  const documentId = job.documentId;
  if (!documentId) throw new AppError("NOT_FOUND", "The analysis job names no document.", { reason: "documentNotFound" });
  const { units } = await loadDocumentMatches(documentId, (done, total) => job.progress(done, total));
  const { bands, total } = analyseDocumentMatches(units);
  await job.finish(async (tx) => {
    const actor = await lockRequester(tx, job.projectId, job.requestedById);
    assertMemoryAllowed(actor.role, "memory-lookup");
    // Fresh object literals: what Prisma's JSON type accepts (an interface has no index signature).
    return { bands: bands.map((b) => ({ ...b })), total: { ...total } } satisfies AnalysisSummary;
  });
}

/** Entries read per page while re-indexing (outside the final transaction). */
const REINDEX_PAGE = 5_000;

/**
 * Queues the re-indexing of a project's memory (who may import into the memory may rebuild its
 * index); returns the job's id. `user.role` is the person's role in the project now.
 */
export async function enqueueReindex(projectId: string, user: { id: string; role: Role }): Promise<string> {
  assertMemoryAllowed(user.role, "memory-import");
  const total = await prisma.tmEntry.count({ where: { projectId } });
  // One at a time per project: a second would only repeat the first (409 jobRunning names it).
  return enqueueJob({ kind: "reindex", projectId, documentId: null, requestedById: user.id, total, input: {}, exclusive: true });
}

interface Reindexed {
  ids: number[];
  norms: string[];
  keys: string[];
  concordance: string[];
}

/**
 * The worker's side of a re-index: recomputes every entry's normalised source, retrieval keys and
 * concordance keys with today's code (lib/tm), page by page with progress, and writes the entries that
 * differ in the job's one final transaction (the requester locked and asked again). An entry whose new
 * normalised source would equal another entry's with the same English is left as it is and counted
 * (`duplicates`): merging two entries is a decision, not an index.
 */
export async function runReindexJob(job: JobContext): Promise<void> {
  const total = await prisma.tmEntry.count({ where: { projectId: job.projectId } });
  await job.progress(0, total);
  const changed: Reindexed = { ids: [], norms: [], keys: [], concordance: [] };
  let after = 0;
  let done = 0;
  for (;;) {
    const page = await prisma.tmEntry.findMany({
      where: { projectId: job.projectId, id: { gt: after } },
      orderBy: { id: "asc" },
      take: REINDEX_PAGE,
      select: { id: true, source: true, target: true, sourceNorm: true, keys: true, concordanceKeys: true },
    });
    if (page.length === 0) break;
    for (const entry of page) {
      const described = describeEntry(entry.source, null, null);
      const keys = described.keys;
      const concordance = concordanceKeys(described.sourceNorm, entry.target);
      const same =
        described.sourceNorm === entry.sourceNorm &&
        keys.join(",") === entry.keys.join(",") &&
        concordance.join(",") === entry.concordanceKeys.join(",");
      if (same) continue;
      changed.ids.push(entry.id);
      changed.norms.push(described.sourceNorm);
      changed.keys.push(`{${keys.join(",")}}`);
      changed.concordance.push(`{${concordance.join(",")}}`);
    }
    after = page[page.length - 1].id;
    done += page.length;
    await job.progress(Math.min(done, total), Math.max(total, done));
  }
  await job.finish(async (tx) => {
    const actor = await lockRequester(tx, job.projectId, job.requestedById);
    assertMemoryAllowed(actor.role, "memory-import");
    const updated = await tx.$executeRaw`
      UPDATE tm_entry t SET source_norm = u.norm, source_hash = md5(u.norm)::uuid, keys = u.keys::int[],
                            concordance_keys = u.concordance::int[], updated_at = now()
      FROM unnest(${changed.ids}::int[], ${changed.norms}::text[], ${changed.keys}::text[], ${changed.concordance}::text[]) AS u(id, norm, keys, concordance)
      WHERE t.id = u.id AND t.project_id = ${job.projectId}
        AND NOT EXISTS (SELECT 1 FROM tm_entry o WHERE o.project_id = t.project_id AND o.id <> t.id
                        AND o.source_hash = md5(u.norm)::uuid AND o.target_hash = t.target_hash)`;
    return { entries: done, changed: updated, duplicates: changed.ids.length - updated };
  });
  forgetKeyFrequency();
}
