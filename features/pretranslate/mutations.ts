import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { loadUnitsById } from "@/features/editor/data";
import { actorOnLockedRows } from "@/features/projects/data";
import { loadQaContext, loadQaContextForUnit } from "@/features/qa/data";
import { refreshUnitsQa } from "@/features/qa/mutations";
import { loadDocumentMatches } from "@/features/tm/data";
import { loadUndoTop } from "@/features/undo/data";
import { recordUndo, type UnitSnapshot } from "@/features/undo/mutations";
import { assertMemoryAllowed, statesAllowed } from "@/lib/editor/policy";
import type { UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
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
export async function planPretranslation(documentId: string, min: number | null): Promise<PretranslationPlan> {
  const { units } = await loadDocumentMatches(documentId);
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
  const { documentId } = plan;
  const qa = await loadQaContext(documentId);
  return transact(
    async (tx) => {
      const exists = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM document WHERE id = ${documentId} FOR UPDATE`;
      if (!exists[0]) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
      if (plan.units.length === 0) return { translated: 0, drafts: 0, stale: 0, undoId: null };
      const locked = await tx.$queryRaw<UnitSnapshot[]>`
        SELECT id, first_sentence AS first, last_sentence AS last, english, status::text AS status, needs_review AS "needsReview",
          version, confidence, external_id AS "externalId", pretranslated
        FROM unit WHERE document_id = ${documentId} AND id = ANY(${plan.units.map((u) => u.id)}::int[])
        ORDER BY first_sentence FOR UPDATE`;
      // The role in the project as it is now, with the rows locked (a member removed since the check fills nothing).
      const actor = await actorOnLockedRows(tx, documentId, user);
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
    },
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
}

/** Pre-translates a document as `user` (their role in its project): plan from the memory, then write what is still as read. */
export async function pretranslateDocument(documentId: string, input: PretranslateInput, user: CurrentUser): Promise<PretranslateResult> {
  assertMemoryAllowed(user.role, "pre-translate");
  return applyPretranslation(await planPretranslation(documentId, input.min), user);
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
