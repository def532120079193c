import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { loadUnitsById } from "@/features/editor/data";
import { actorOnLockedRows } from "@/features/projects/data";
import { loadQaContext } from "@/features/qa/data";
import { readConsistencyKeys, refreshUnitsQa } from "@/features/qa/mutations";
import { recordUnitsInMemory } from "@/features/tm/mutations";
import { loadUndoTop } from "@/features/undo/data";
import { recordUndo, type UnitSnapshot } from "@/features/undo/mutations";
import { assertMayReplace } from "@/lib/editor/policy";
import { statusAfterEdit, type UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { planUnit } from "./data";
import type { ReplaceApply } from "./schema";
import type { ReplaceResult } from "./types";

type Locked = UnitSnapshot;

/**
 * Replace-all in one transaction: the units of the preview the person confirmed, each only if it
 * is still at the version the preview showed (a unit edited meanwhile is reported, never
 * overwritten), each asked the policy again on its locked row (approved since? left alone). Locks in
 * Setu's order — the document row, then the units in sentence order — and writes set-based: one
 * UPDATE, one history INSERT, QA and memory for the changed units, one audit row and ONE undo entry,
 * so that undo (after a reload too) puts every unit back exactly.
 */
export async function applyReplace(documentId: string, input: ReplaceApply, user: CurrentUser): Promise<ReplaceResult> {
  assertMayReplace(user.role, input.includeApproved);
  const qa = await loadQaContext(documentId);
  const expected = new Map(input.units.map((u) => [u.id, u.version]));
  const outcome = await transact(
    async (tx) => {
      const doc = await tx.$queryRaw<{ sv: number }[]>`
        SELECT structure_version AS sv FROM document WHERE id = ${documentId} FOR UPDATE`;
      if (!doc[0]) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
      const locked = await lockUnits(tx, documentId, [...expected.keys()]);
      // The role in the project as it is now, with the rows locked (a member removed or demoted since the check).
      const actor = await actorOnLockedRows(tx, documentId, user);
      assertMayReplace(actor.role, input.includeApproved);
      const byId = new Map(locked.map((u) => [u.id, u]));
      const gone = [...expected.keys()].filter((id) => !byId.has(id));
      const conflicts: ReplaceResult["conflicts"] = [];
      const skipped: ReplaceResult["skipped"] = [];
      const changes: { before: Locked; english: string; status: UnitStatus }[] = [];
      for (const unit of locked) {
        if (unit.version !== expected.get(unit.id)) {
          conflicts.push({ id: unit.id, version: unit.version });
          continue;
        }
        const plan = planUnit(unit, input, actor);
        if (!plan) skipped.push({ id: unit.id, skip: "noMatch" });
        else if (plan.skip) skipped.push({ id: unit.id, skip: plan.skip });
        else changes.push({ before: unit, english: plan.after, status: statusAfterEdit(unit.status, plan.after, false, actor.role) });
      }
      const structureVersion = doc[0].sv;
      if (changes.length === 0) {
        return { changed: [] as number[], conflicts, gone, skipped, structureVersion, undo: await loadUndoTop(user.id, documentId, tx) };
      }

      const ids = changes.map((c) => c.before.id);
      const previousKeys = await readConsistencyKeys(tx, ids);
      const after = await tx.$queryRaw<{ id: number; version: number }[]>`
        UPDATE unit u SET english = c.english, status = c.status::"UnitStatus", version = u.version + 1,
          author_id = ${user.id}, updated_at = now()
        FROM unnest(${ids}::int[], ${changes.map((c) => c.english)}::text[], ${changes.map((c) => c.status)}::text[])
          AS c(id, english, status)
        WHERE u.id = c.id
        RETURNING u.id, u.version`;
      await tx.$executeRaw`
        INSERT INTO unit_version (unit_id, version, english, status, author_id)
        SELECT id, version, english, status, ${user.id} FROM unit WHERE id = ANY(${ids}::int[])`;
      await refreshUnitsQa(tx, qa, ids, previousKeys);
      await recordUnitsInMemory(tx, ids);
      await tx.$executeRaw`UPDATE document SET updated_at = now() WHERE id = ${documentId}`;
      await recordAudit(tx, {
        userId: user.id,
        action: "unit.replace-all",
        documentId,
        unitId: ids[0],
        details: {
          find: input.find,
          replacement: input.replace,
          units: ids.length,
          ...(conflicts.length ? { conflicts: conflicts.length } : {}),
          ...(skipped.length ? { skipped: skipped.length } : {}),
        },
      });
      await recordUndo(tx, {
        userId: user.id,
        documentId,
        kind: "replace",
        primary: ids[0],
        before: changes.map((c) => c.before),
        after,
      });
      return { changed: ids, conflicts, gone, skipped, structureVersion, undo: await loadUndoTop(user.id, documentId, tx) };
    },
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
  return {
    units: await loadUnitsById(documentId, outcome.changed),
    removed: [],
    structureVersion: outcome.structureVersion,
    replaced: outcome.changed.length,
    conflicts: outcome.conflicts,
    gone: outcome.gone,
    skipped: outcome.skipped,
    undo: outcome.undo,
  };
}

async function lockUnits(tx: Tx, documentId: string, ids: number[]): Promise<Locked[]> {
  return tx.$queryRaw<Locked[]>`
    SELECT id, first_sentence AS first, last_sentence AS last, english, status::text AS status, needs_review AS "needsReview",
      version, confidence, external_id AS "externalId"
    FROM unit WHERE document_id = ${documentId} AND id = ANY(${ids}::int[])
    ORDER BY first_sentence FOR UPDATE`;
}
