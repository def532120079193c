import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { loadUnitsById } from "@/features/editor/data";
import type { StructureResult } from "@/features/editor/types";
import { actorOnLockedRows } from "@/features/projects/data";
import { loadQaContext } from "@/features/qa/data";
import { readConsistencyKeys, refreshUnitsQa } from "@/features/qa/mutations";
import { reattachComments } from "@/features/review/mutations";
import { recordUnitsInMemory } from "@/features/tm/mutations";
import { assertAllowed, type UnitAction } from "@/lib/editor/policy";
import type { UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { loadUndoTop } from "./data";
import type { UndoKind, UndoTop } from "./types";

/** A unit as it was before an operation: everything undo puts back. */
export interface UnitSnapshot {
  id: number;
  first: number;
  last: number;
  english: string;
  status: UnitStatus;
  needsReview: boolean;
  version: number;
  confidence: number | null;
  externalId: string | null;
  /** The memory score the unit was pre-translated from (absent in entries recorded before it existed: none). */
  pretranslated?: number | null;
}

export interface UndoRecord {
  userId: string;
  documentId: string;
  kind: UndoKind;
  /** The unit the operation was started on. */
  primary: number;
  /** Every unit the operation changed or removed, as it was before. */
  before: UnitSnapshot[];
  /** Every unit the operation left (changed or created), with the version it left: undo needs exactly these. */
  after: { id: number; version: number }[];
}

/** Entries kept per person and document; older ones go (undo is for the last few steps). */
const KEEP = 100;

/** Records an operation for undo, inside the operation's transaction. */
export async function recordUndo(tx: Tx, record: UndoRecord): Promise<void> {
  const payload = JSON.stringify({ primary: record.primary, before: record.before, after: record.after });
  await tx.$executeRaw`
    INSERT INTO undo_entry (user_id, document_id, kind, payload)
    VALUES (${record.userId}, ${record.documentId}, ${record.kind}, ${payload}::jsonb)`;
  await tx.$executeRaw`
    DELETE FROM undo_entry WHERE user_id = ${record.userId} AND document_id = ${record.documentId}
      AND id < (SELECT min(id) FROM (SELECT id FROM undo_entry WHERE user_id = ${record.userId}
                AND document_id = ${record.documentId} ORDER BY id DESC LIMIT ${KEEP}) newest)`;
}

const action: Record<UndoKind, UnitAction> = {
  merge: "merge",
  split: "split",
  move: "move",
  replace: "edit",
  pretranslate: "edit",
  propagate: "edit",
};

/** Operations that change English only: undoing them leaves the document's structure version alone. */
const textOnly = new Set<UndoKind>(["replace", "pretranslate", "propagate"]);

export type UndoResult = StructureResult & { undo: UndoTop | null; undone: UndoKind };

/**
 * Undoes the person's newest operation in a document, from what was recorded (so it works after a
 * reload): every unit the operation left must still be at the version it left, else nothing changes
 * and the refusal names the unit (409 undoStale). Puts the units back as they were — ranges,
 * English, status, "needs review", removed units under their old ids — re-attaches comments to the
 * unit holding their sentence, and rechecks QA. Locks in Setu's order: the document row, then units.
 */
export async function undoLast(documentId: string, entryId: number, user: CurrentUser): Promise<UndoResult> {
  const qa = await loadQaContext(documentId);
  const result = await transact(async (tx) => {
    await tx.$queryRaw`SELECT id FROM document WHERE id = ${documentId} FOR UPDATE`;
    const [entry] = await tx.$queryRaw<{ id: number; userId: string; documentId: string; kind: UndoKind; payload: UndoPayload }[]>`
      SELECT id, user_id AS "userId", document_id AS "documentId", kind, payload FROM undo_entry WHERE id = ${entryId} FOR UPDATE`;
    if (!entry || entry.documentId !== documentId) {
      throw new AppError("NOT_FOUND", `No undo entry ${entryId} in this document.`, { reason: "undoStale" });
    }
    if (entry.userId !== user.id) {
      throw new AppError("FORBIDDEN", "That operation was someone else's; only they can undo it.", { reason: "notYourUndo" });
    }
    const top = await loadUndoTop(user.id, documentId, tx);
    if (top?.id !== entry.id) {
      throw new AppError("CONFLICT", "A newer operation of yours comes first; undo that one (reload to see it).", { reason: "undoStale" });
    }
    const { before, after } = entry.payload;
    const ids = [...new Set([...before.map((b) => b.id), ...after.map((a) => a.id)])];
    const current = await tx.$queryRaw<{ id: number; version: number; status: UnitStatus }[]>`
      SELECT id, version, status::text AS status FROM unit WHERE document_id = ${documentId} AND id = ANY(${ids}::int[])
      ORDER BY first_sentence FOR UPDATE`;
    // The role in the project as it is now, with the rows locked: a member removed since the check undoes nothing.
    const actor = await actorOnLockedRows(tx, documentId, user);
    const byId = new Map(current.map((u) => [u.id, u]));
    for (const a of after) {
      const now = byId.get(a.id);
      if (!now || now.version !== a.version) {
        throw new AppError("CONFLICT", `Unit ${a.id} has changed since the ${entry.kind}; it can no longer be undone.`, {
          reason: "undoStale",
          unitId: a.id,
          kind: entry.kind,
        });
      }
      assertAllowed(actor.role, action[entry.kind], now.status, a.id);
    }
    // Putting a state back is as much a change as making it: an approved state only by whoever may change approved units.
    for (const b of before) assertAllowed(actor.role, action[entry.kind], b.status, b.id);

    const previousKeys = await readConsistencyKeys(tx, ids);
    const keptIds = new Set(before.map((b) => b.id));
    const created = after.filter((a) => !keptIds.has(a.id)).map((a) => a.id);
    const survivors = before.filter((b) => byId.has(b.id));
    const removed = before.filter((b) => !byId.has(b.id));
    if (created.length) {
      // A unit the operation created goes; its comments and history go to the unit that takes its sentences back.
      const home = survivors[0]?.id ?? before[0].id;
      await tx.$executeRaw`UPDATE comment SET unit_id = ${home} WHERE unit_id = ANY(${created}::int[])`;
      await tx.$executeRaw`UPDATE unit_version SET unit_id = ${home} WHERE unit_id = ANY(${created}::int[])`;
      await tx.$executeRaw`DELETE FROM unit WHERE id = ANY(${created}::int[])`;
    }
    if (survivors.length) await restore(tx, survivors, user.id, "update");
    if (removed.length) await restore(tx, removed, user.id, "insert", documentId);
    const restoredIds = before.map((b) => b.id);
    await reattachComments(tx, restoredIds);
    await tx.$executeRaw`
      INSERT INTO unit_version (unit_id, version, english, status, author_id)
      SELECT id, version, english, status, ${user.id} FROM unit WHERE id = ANY(${restoredIds}::int[])`;
    await refreshUnitsQa(tx, qa, restoredIds, previousKeys);
    // The memory follows the English put back (a replace-all's new English leaves it again).
    await recordUnitsInMemory(tx, restoredIds);
    await tx.$executeRaw`DELETE FROM undo_entry WHERE id = ${entry.id}`;
    await carryVersions(tx, user.id, documentId, before);
    const [doc] = await tx.$queryRaw<{ sv: number }[]>`
      UPDATE document SET updated_at = now(), structure_version = structure_version + ${textOnly.has(entry.kind) ? 0 : 1}
      WHERE id = ${documentId} RETURNING structure_version AS sv`;
    await recordAudit(tx, {
      userId: user.id,
      action: `unit.undo-${entry.kind}`,
      documentId,
      unitId: entry.payload.primary,
      details: { units: restoredIds.length, ...(created.length ? { removed: created } : {}) },
    });
    return { restoredIds, created, structureVersion: doc.sv, kind: entry.kind, undo: await loadUndoTop(user.id, documentId, tx) };
  });
  return {
    units: await loadUnitsById(documentId, result.restoredIds),
    removed: result.created,
    structureVersion: result.structureVersion,
    undo: result.undo,
    undone: result.kind,
  };
}

interface UndoPayload {
  primary: number;
  before: UnitSnapshot[];
  after: { id: number; version: number }[];
}

/**
 * Undoing puts units back in the state the person's previous operation left, under a new version
 * (every change moves the version on, so that open editors see it). That previous operation is
 * next on the stack: its record is told the new versions, or it would refuse as stale.
 */
async function carryVersions(tx: Tx, userId: string, documentId: string, restored: UnitSnapshot[]) {
  const entries = await tx.$queryRaw<{ id: number; payload: UndoPayload }[]>`
    SELECT id, payload FROM undo_entry WHERE user_id = ${userId} AND document_id = ${documentId} ORDER BY id DESC LIMIT 1`;
  const entry = entries[0];
  if (!entry) return;
  const was = new Map(restored.map((r) => [r.id, r.version]));
  const rows = await tx.$queryRaw<{ id: number; version: number }[]>`
    SELECT id, version FROM unit WHERE id = ANY(${restored.map((r) => r.id)}::int[])`;
  const now = new Map(rows.map((r) => [r.id, r.version]));
  let changed = false;
  // Only a unit exactly as that operation left it: anything else has really changed since.
  const after = entry.payload.after.map((a) => {
    const version = now.get(a.id);
    if (was.get(a.id) !== a.version || version === undefined) return a;
    changed = true;
    return { id: a.id, version };
  });
  if (changed) {
    await tx.$executeRaw`UPDATE undo_entry SET payload = jsonb_set(payload, '{after}', ${JSON.stringify(after)}::jsonb) WHERE id = ${entry.id}`;
  }
}

/** Writes snapshots back set-based (a replace-all may restore thousands of units): the version moves on. */
async function restore(tx: Tx, units: UnitSnapshot[], userId: string, how: "update" | "insert", documentId?: string) {
  const col = <K extends keyof UnitSnapshot>(key: K) => units.map((u) => u[key] ?? null);
  if (how === "update") {
    await tx.$executeRaw`
      UPDATE unit u SET first_sentence = b.first, last_sentence = b.last, english = b.english, status = b.status::"UnitStatus",
        needs_review = b.needs, confidence = b.confidence, pretranslated = b.pretranslated, version = u.version + 1,
        author_id = ${userId}, updated_at = now()
      FROM unnest(${col("id")}::int[], ${col("first")}::int[], ${col("last")}::int[], ${col("english")}::text[],
                  ${col("status")}::text[], ${col("needsReview")}::boolean[], ${col("confidence")}::float8[],
                  ${col("pretranslated")}::int[])
        AS b(id, first, last, english, status, needs, confidence, pretranslated)
      WHERE u.id = b.id`;
  } else {
    // A removed unit comes back under its own id (ids are never reused), so older undo entries still find it.
    await tx.$executeRaw`
      INSERT INTO unit (id, document_id, first_sentence, last_sentence, english, status, needs_review, confidence, external_id,
                        pretranslated, version, author_id, created_by_id)
      SELECT b.id, ${documentId}, b.first, b.last, b.english, b.status::"UnitStatus", b.needs, b.confidence, b.external,
             b.pretranslated, b.version + 1, ${userId}, ${userId}
      FROM unnest(${col("id")}::int[], ${col("first")}::int[], ${col("last")}::int[], ${col("english")}::text[],
                  ${col("status")}::text[], ${col("needsReview")}::boolean[], ${col("confidence")}::float8[],
                  ${col("externalId")}::text[], ${col("pretranslated")}::int[], ${col("version")}::int[])
        AS b(id, first, last, english, status, needs, confidence, external, pretranslated, version)`;
  }
}
