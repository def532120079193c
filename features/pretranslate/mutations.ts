import "server-only";
import { z } from "zod";
import { recordAudit } from "@/features/audit/mutations";
import { loadUnitsById } from "@/features/editor/data";
import { enqueueJob, type JobContext, lockRequester } from "@/features/jobs/mutations";
import { actorOnLockedRows } from "@/features/projects/data";
import { loadQaContext, loadQaContextForUnit } from "@/features/qa/data";
import { refreshUnitsQa } from "@/features/qa/mutations";
import { loadDocumentMatches } from "@/features/tm/data";
import { loadUndoTop } from "@/features/undo/data";
import { recordUndo, type UnitSnapshot } from "@/features/undo/mutations";
import { assertMemoryAllowed, statesAllowed } from "@/lib/editor/policy";
import type { Role, UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { EXACT } from "@/lib/tm/score";
import { findRepetitions, loadRepetitionSource } from "./data";
import type { PretranslateInput } from "./schema";
import type { PretranslateResult, PropagateResult } from "./types";

/*
 * Filling units with English that already exists: the memory's (pre-translation) and, in the
 * editor, a repetition's (propagation). Each fill is one transaction and one undo entry.
 */
export interface PretranslationPlan {
  documentId: string;
  units: { id: number; version: number; english: string; status: "translated" | "draft"; score: number }[];
}

/**
 * What pre-translation would fill, from one read of the document and its best matches (the
 * analysis's own read): every unit without English that is not approved and whose best match is
 * 100 % or 101 % (→ translated), or at least `min` when asked (→ draft). The memory's English as
 * the lookup gives it (numbers already replaced in a fuzzy match). Read outside any transaction:
 * the write checks that each unit is still as read.
 */
export async function planPretranslation(
  documentId: string,
  min: number | null,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<PretranslationPlan> {
  const { units } = await loadDocumentMatches(documentId, onProgress);
  const filled = units.flatMap((u) => {
    if (u.english.trim() !== "" || u.status === "approved" || !u.best) return [];
    const exact = u.best.score >= EXACT;
    if (!exact && (min === null || u.best.score < min)) return [];
    return [
      {
        id: u.unitId,
        version: u.version,
        english: u.best.english,
        status: exact ? ("translated" as const) : ("draft" as const),
        score: u.best.score,
      },
    ];
  });
  return { documentId, units: filled };
}

/**
 * Writes a plan in one transaction: the document row locked first (Setu's lock order), the planned
 * units locked in sentence order, and only those still at the version read, still without English
 * and in a state the person may edit (never approved) are filled, in one set-based update. The
 * whole fill is ONE undo entry holding every unit as it was, so undo puts back exactly that. The
 * memory is not written: these pairs are the memory's own (a person's confirmation records them).
 */
export async function applyPretranslation(plan: PretranslationPlan, user: CurrentUser): Promise<PretranslateResult> {
  const qa = await loadQaContext(plan.documentId);
  return transact(
    // The role in the project as it is now, with the rows locked (a member removed since the check fills nothing).
    (tx) => writePretranslation(tx, plan, qa, () => actorOnLockedRows(tx, plan.documentId, user)),
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
}

type QaContext = Awaited<ReturnType<typeof loadQaContext>>;

/**
 * The write of a plan inside the caller's transaction (applyPretranslation's, or a job's final one).
 * `actorNow` tells who acts with which role, asked after the document and unit rows are locked.
 */
async function writePretranslation(
  tx: Tx,
  plan: PretranslationPlan,
  qa: QaContext,
  actorNow: () => Promise<{ id: string; role: Role }>,
): Promise<PretranslateResult> {
  const { documentId } = plan;
  const exists = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM document WHERE id = ${documentId} FOR UPDATE`;
  if (!exists[0]) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  const locked =
    plan.units.length === 0
      ? []
      : await tx.$queryRaw<UnitSnapshot[]>`
    SELECT id, first_sentence AS first, last_sentence AS last, english, status::text AS status, needs_review AS "needsReview",
      version, confidence, external_id AS "externalId", pretranslated
    FROM unit WHERE document_id = ${documentId} AND id = ANY(${plan.units.map((u) => u.id)}::int[])
    ORDER BY first_sentence FOR UPDATE`;
  const actor = await actorNow();
  const user = { id: actor.id };
  // The policy asked again on the locked rows: pre-translating at all, then each unit's state for this role.
  assertMemoryAllowed(actor.role, "pre-translate");
  if (plan.units.length === 0) return { translated: 0, drafts: 0, stale: 0, undoId: null };
  const editable: UnitStatus[] = statesAllowed(actor.role, "edit").filter((s) => s !== "approved");
  const now = new Map(locked.map((u) => [u.id, u]));
  const fill = plan.units.filter((p) => {
    const u = now.get(p.id);
    return u !== undefined && u.version === p.version && u.english === "" && editable.includes(u.status);
  });
  const stale = plan.units.length - fill.length;
  if (fill.length === 0) return { translated: 0, drafts: 0, stale, undoId: null };
  const col = <K extends keyof PretranslationPlan["units"][number]>(k: K) => fill.map((f) => f[k]);
  const changed = await tx.$queryRaw<{ id: number; version: number }[]>`
    WITH changed AS (
      UPDATE unit u SET english = p.english, status = p.status::"UnitStatus", pretranslated = p.score,
        version = u.version + 1, author_id = ${user.id}, updated_at = now(), confidence = NULL
      FROM unnest(${col("id")}::int[], ${col("english")}::text[], ${col("status")}::text[], ${col("score")}::int[])
        AS p(id, english, status, score)
      WHERE u.id = p.id
      RETURNING u.id, u.version, u.english, u.status),
    versions AS (
      INSERT INTO unit_version (unit_id, version, english, status, author_id)
      SELECT id, version, english, status, ${user.id} FROM changed)
    SELECT id, version FROM changed`;
  const ids = changed.map((c) => c.id);
  await refreshUnitsQa(tx, qa, ids);
  const translated = fill.filter((f) => f.status === "translated").length;
  await recordUndo(tx, {
    userId: user.id,
    documentId,
    kind: "pretranslate",
    primary: fill[0].id,
    before: fill.map((f) => now.get(f.id) as UnitSnapshot),
    after: changed,
  });
  await recordAudit(tx, {
    userId: user.id,
    action: "document.pretranslate",
    documentId,
    details: { translated, drafts: fill.length - translated, stale },
  });
  const [{ id: undoId }] = await tx.$queryRaw<{ id: number }[]>`
    SELECT max(id) AS id FROM undo_entry WHERE user_id = ${user.id} AND document_id = ${documentId}`;
  return { translated, drafts: fill.length - translated, stale, undoId };
}

/** Pre-translates a document as `user` (their role in its project): plan from the memory, then write what is still as read. */
export async function pretranslateDocument(documentId: string, input: PretranslateInput, user: CurrentUser): Promise<PretranslateResult> {
  assertMemoryAllowed(user.role, "pre-translate");
  return applyPretranslation(await planPretranslation(documentId, input.min), user);
}

/** What a pre-translation job carries in its row (job.input). */
const pretranslateJobInput = z.object({ min: z.number().int().nullable() });

/**
 * Queues the pre-translation of a document as a job, after the checks the synchronous path makes
 * (the policy for this role in the project; one such job per document at a time); returns its id.
 * `user` is the person as they act on the document's project (accessDocument).
 */
export async function enqueuePretranslation(
  documentId: string,
  input: PretranslateInput,
  user: { id: string; role: Role; projectId: string },
): Promise<string> {
  assertMemoryAllowed(user.role, "pre-translate");
  const units = await prisma.unit.count({ where: { documentId } });
  const jobInput: z.infer<typeof pretranslateJobInput> = { min: input.min };
  return enqueueJob({
    kind: "pretranslate",
    projectId: user.projectId,
    documentId,
    requestedById: user.id,
    total: units,
    input: jobInput,
    exclusive: true,
  });
}

/**
 * The worker's side of a pre-translation job: the plan is read with progress (units looked up in
 * the memory, a statement's worth at a time), then written in the job's one transaction exactly as
 * applyPretranslation writes it — the document row, the planned units, then the requester's account
 * and membership are locked, the policy is asked again, and a unit changed since the plan was read
 * is left as it is (stale). Cancelled before that transaction, the job writes nothing at all.
 */
export async function runPretranslationJob(job: JobContext): Promise<void> {
  const { min } = pretranslateJobInput.parse(job.input);
  const documentId = job.documentId;
  if (!documentId) throw new AppError("NOT_FOUND", "The pre-translation job names no document.", { reason: "documentNotFound" });
  const plan = await planPretranslation(documentId, min, (done, total) => job.progress(done, total));
  const qa = await loadQaContext(documentId);
  await job.finish(async (tx) => ({
    ...(await writePretranslation(tx, plan, qa, () => lockRequester(tx, job.projectId, job.requestedById))),
  }));
}

/**
 * Propagation: the English of a unit just confirmed (translated or approved, at the version the
 * editor saw) goes to its untranslated repetitions in the document — units with the same
 * normalised Hindi, no English, not approved — as translated, in one transaction with one undo
 * entry. Units that have English (the same or another) or are approved are never touched; one that
 * got English since the offer is simply no longer a repetition to fill.
 */
export async function propagateRepetitions(unitId: number, input: { version: number }, user: CurrentUser): Promise<PropagateResult> {
  const qa = await loadQaContextForUnit(unitId);
  if (!qa) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone", unitId });
  const done = await transact(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM document WHERE id = ${qa.documentId} FOR UPDATE`;
      const source = await loadRepetitionSource(tx, unitId);
      if (!source) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone", unitId });
      if (source.version !== input.version) {
        throw new AppError("CONFLICT", `Unit ${unitId} has changed since you confirmed it.`, { reason: "versionConflict", unitId });
      }
      if (source.english.trim() === "" || (source.status !== "translated" && source.status !== "approved")) {
        throw new AppError("BAD_INPUT", `Unit ${unitId} is not translated; there is nothing to propagate.`, {
          reason: "nothingToPropagate",
          unitId,
        });
      }
      const repetitions = await findRepetitions(tx, source, true);
      // The role in the project as it is now, with the rows locked (a member removed since the check fills nothing).
      const actor = await actorOnLockedRows(tx, qa.documentId, user, ["unit", unitId]);
      const editable: string[] = statesAllowed(actor.role, "edit").filter((s) => s !== "approved");
      const targets = repetitions.filter((r) => editable.includes(r.status));
      if (targets.length === 0) return { ids: [] as number[] };
      const ids = targets.map((r) => r.id);
      const changed = await tx.$queryRaw<{ id: number; version: number }[]>`
        WITH changed AS (
          UPDATE unit u SET english = ${source.english}, status = 'translated', pretranslated = NULL,
            version = u.version + 1, author_id = ${user.id}, updated_at = now(), confidence = NULL
          WHERE u.id = ANY(${ids}::int[])
          RETURNING u.id, u.version, u.english, u.status),
        versions AS (
          INSERT INTO unit_version (unit_id, version, english, status, author_id)
          SELECT id, version, english, status, ${user.id} FROM changed)
        SELECT id, version FROM changed`;
      await refreshUnitsQa(tx, qa, ids);
      await recordUndo(tx, {
        userId: user.id,
        documentId: source.documentId,
        kind: "propagate",
        primary: ids[0],
        before: targets.map((t) => ({ ...t, status: t.status as UnitStatus })),
        after: changed,
      });
      await recordAudit(tx, {
        userId: user.id,
        action: "unit.propagate",
        documentId: source.documentId,
        unitId,
        details: { units: ids },
      });
      return { ids };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  const [units, undo] = await Promise.all([loadUnitsById(qa.documentId, done.ids), loadUndoTop(user.id, qa.documentId)]);
  const [{ sv }] = await prisma.$queryRaw<{ sv: number }[]>`SELECT structure_version AS sv FROM document WHERE id = ${qa.documentId}`;
  return { units, removed: [], structureVersion: sv, undo, filled: done.ids.length };
}
