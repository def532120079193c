import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { actorOnLockedRows } from "@/features/projects/data";
import { loadQaContextForUnit, qaContextColumns, qaContextFor } from "@/features/qa/data";
import { readConsistencyKeys, refreshUnitsQa, unitsQaRefreshCall } from "@/features/qa/mutations";
import { reattachComments } from "@/features/review/mutations";
import { recordUnitsInMemory } from "@/features/tm/mutations";
import { loadUndoTop } from "@/features/undo/data";
import { recordUndo, type UnitSnapshot } from "@/features/undo/mutations";
import { Prisma } from "@/generated/prisma/client";
import { assertAllowed, assertAllowedForAll, restructureOutcome } from "@/lib/editor/policy";
import { statusAfterEdit, type UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { currentClient } from "@/lib/server/live-client";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { stripControlChars } from "@/lib/text/normalise";
import { loadUnitsById } from "./data";
import type { EditorUnit, StructureResult } from "./types";

interface LockedUnit {
  id: number;
  documentId: string;
  first: number;
  last: number;
  english: string;
  status: UnitStatus;
  version: number;
  needsReview: boolean;
  confidence: number | null;
  externalId: string | null;
  pretranslated: number | null;
  authorName: string | null;
  updatedAt: Date;
}

const lockedColumns = Prisma.sql`
  u.id, u.document_id AS "documentId", u.first_sentence AS first, u.last_sentence AS last,
  u.english, u.status::text AS status, u.version, u.needs_review AS "needsReview", u.confidence, u.external_id AS "externalId",
  u.pretranslated, usr.name AS "authorName", u.updated_at AS "updatedAt"`;

type SaveLockedUnit = LockedUnit & {
  hindi: string[];
  /** The sentences either side, for the memory entry's context (null at the document's edges). */
  prev: string | null;
  next: string | null;
  projectId: string;
  format: string;
  glossary: string | null;
};

/**
 * Locks one unit for a save, in one round trip: first a share of its document row (the lock order:
 * document, then unit), which keeps a whole-document QA run and every alignment operation (they
 * lock the document row) out until the save commits; then the unit, with its Hindi, the sentences
 * either side (for the memory) and what its QA context is made of, read under the locks. The CTE is scanned to make the joined row, so its lock
 * is taken before the outer FOR UPDATE locks the unit.
 */
async function lockUnit(tx: Tx, unitId: number): Promise<SaveLockedUnit | null> {
  const rows = await tx.$queryRaw<SaveLockedUnit[]>`
    WITH d AS (
      SELECT id, project_id, source_format FROM document
      WHERE id = (SELECT document_id FROM unit WHERE id = ${unitId}) FOR KEY SHARE)
    SELECT ${lockedColumns}, ${qaContextColumns},
           array(SELECT s.text FROM sentence s WHERE s.document_id = u.document_id
                   AND s.position BETWEEN u.first_sentence AND u.last_sentence ORDER BY s.position) AS hindi,
           (SELECT s.text FROM sentence s WHERE s.document_id = u.document_id AND s.position = u.first_sentence - 1) AS prev,
           (SELECT s.text FROM sentence s WHERE s.document_id = u.document_id AND s.position = u.last_sentence + 1) AS next
    FROM unit u JOIN d ON d.id = u.document_id LEFT JOIN "user" usr ON usr.id = u.author_id
    WHERE u.id = ${unitId} FOR UPDATE OF u`;
  return rows[0] ?? null;
}

interface Neighbourhood {
  documentId: string;
  unit: LockedUnit | null;
  previous: LockedUnit | null;
  next: LockedUnit | null;
}

/**
 * Locks a unit and its two neighbours for an alignment operation, in Setu's one lock order: the
 * document row first, then the units in sentence order, all in one statement. Every operation
 * that locks more than one unit goes through here (or locks the document row first, as realigning
 * and bulk approval do), so two of them can never wait for each other in a circle. Holding the
 * document row also means no other alignment operation can move the boundaries read here.
 */
async function lockNeighbourhood(tx: Tx, unitId: number): Promise<Neighbourhood | null> {
  const owner = await tx.$queryRaw<{ documentId: string }[]>`SELECT document_id AS "documentId" FROM unit WHERE id = ${unitId}`;
  if (!owner[0]) return null;
  const { documentId } = owner[0];
  await tx.$queryRaw`SELECT id FROM document WHERE id = ${documentId} FOR UPDATE`;
  const rows = await tx.$queryRaw<LockedUnit[]>`
    WITH target AS (SELECT first_sentence, last_sentence FROM unit WHERE id = ${unitId})
    SELECT ${lockedColumns} FROM unit u LEFT JOIN "user" usr ON usr.id = u.author_id, target t
    WHERE u.document_id = ${documentId}
      AND u.last_sentence >= t.first_sentence - 1 AND u.first_sentence <= t.last_sentence + 1
    ORDER BY u.first_sentence
    FOR UPDATE OF u`;
  const unit = rows.find((r) => r.id === unitId) ?? null;
  return {
    documentId,
    unit,
    previous: unit ? (rows.find((r) => r.last === unit.first - 1) ?? null) : null,
    next: unit ? (rows.find((r) => r.first === unit.last + 1) ?? null) : null,
  };
}

/** Refuses a write based on a stale read: the caller gets the current text to choose from. */
function assertVersion(unit: LockedUnit | null, expected: number, unitId: number): asserts unit is LockedUnit {
  if (!unit) {
    throw new AppError("GONE", `Unit ${unitId} no longer exists (merged or split by someone else).`, { reason: "unitGone", unitId });
  }
  if (unit.version !== expected) {
    throw new AppError("CONFLICT", `Unit ${unitId} was changed by ${unit.authorName ?? "someone else"} since you loaded it.`, {
      reason: "versionConflict",
      unitId,
      current: { english: unit.english, version: unit.version, status: unit.status, author: unit.authorName, updatedAt: unit.updatedAt },
    });
  }
}

async function recordVersion(tx: Tx, unitId: number, version: number, english: string, status: UnitStatus, authorId: string) {
  await tx.$executeRaw`
    INSERT INTO unit_version (unit_id, version, english, status, author_id)
    VALUES (${unitId}, ${version}, ${english}, ${status}::"UnitStatus", ${authorId})`;
}

/** Alignment operations bump the document's structure version, so that open editors reload boundaries. */
async function bumpStructure(tx: Tx, documentId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ sv: number }[]>`
    UPDATE document SET updated_at = now(), structure_version = structure_version + 1
    WHERE id = ${documentId} RETURNING structure_version AS sv`;
  return rows[0].sv;
}

/**
 * Saves a unit's English with optimistic locking; the version in the request must be current.
 * A person's save (like any alignment operation) clears the aligner's confidence: the unit has
 * been looked at and no longer needs flagging.
 */
export async function saveUnit(
  unitId: number,
  input: { english: string; version: number; markTranslated: boolean },
  user: CurrentUser,
  /** Only the bench turns QA off, to measure what QA adds to a save against the same save without it. */
  options: { qa?: boolean } = {},
): Promise<EditorUnit> {
  const documentId = await transact(async (tx) => {
    // The document row's share (compatible with every other save) keeps a whole-document QA run
    // from overwriting this save's issues with older ones.
    const unit = await lockUnit(tx, unitId);
    const qa = options.qa === false || !unit ? null : await qaContextFor(unit);
    // The role in the unit's project as it is now, with the unit locked (a member removed since the check is refused).
    const actor = unit ? await actorOnLockedRows(tx, unit.documentId, user, ["unit", unitId]) : user;
    assertVersion(unit, input.version, unitId);
    assertAllowed(actor.role, "edit", unit.status, unitId);
    const english = stripControlChars(input.english).replace(/\n+/g, " ");
    const status = statusAfterEdit(unit.status, english, input.markTranslated, actor.role);
    // Marking a unit translated (Ctrl+Enter) says its English was checked against its Hindi: that
    // answers a "needs review" left by a merge, split or move.
    const needsReview = unit.needsReview && !input.markTranslated;
    // Ctrl+Enter on a pre-translated unit is a person's confirmation of the memory's English: the marker goes.
    const pretranslated = input.markTranslated ? null : unit.pretranslated;
    if (english === unit.english && status === unit.status && needsReview === unit.needsReview && pretranslated === unit.pretranslated) {
      return unit.documentId;
    }
    const version = unit.version + 1;
    const action = status !== unit.status ? "unit.edit+status" : "unit.edit";
    // The unit, its history row, its audit row and its QA refresh in one statement (one round trip; the
    // unit row is locked above, so nothing is read here that could have changed). The audit row is what
    // recordAudit writes for any other change. No document row update here: 50 people saving in one
    // document would queue on that one row lock. A document's last activity is read from its units
    // (features/documents/data.ts). QA is the function call of refreshUnitsQa, checked here in memory on
    // the Hindi read under the lock; it reads and writes only the QA tables, which nothing else in the
    // statement touches, so the order the statement runs its parts in does not matter. As a statement of
    // its own (one more round trip) it made the p50 save 1.2–4.8 ms slower (interleaved A/B, at load 11–13).
    const qaRefresh = qa
      ? Prisma.sql`, qa AS (SELECT ${unitsQaRefreshCall(qa, [unitId], [{ id: unitId, hindi: unit.hindi, english }])} AS done)`
      : Prisma.empty;
    await tx.$executeRaw`
      WITH saved AS (
        UPDATE unit SET english = ${english}, status = ${status}::"UnitStatus", version = ${version},
          author_id = ${user.id}, updated_at = now(), confidence = NULL, needs_review = ${needsReview},
          pretranslated = ${english === unit.english ? pretranslated : null}
        WHERE id = ${unitId}
        RETURNING id),
      history AS (
        INSERT INTO unit_version (unit_id, version, english, status, author_id)
        SELECT id, ${version}, ${english}, ${status}::"UnitStatus", ${user.id} FROM saved)${qaRefresh}
      INSERT INTO audit_log (user_id, action, document_id, unit_id, details)
      SELECT ${user.id}, ${action}, ${unit.documentId}, id,
             jsonb_build_object('version', ${version}::int, 'from', ${unit.status}::text, 'to', ${status}::text)
      FROM saved${qa ? Prisma.sql` CROSS JOIN qa` : Prisma.empty}`;
    // Read under the locks this transaction holds (a structure change locks the document row first), so
    // the memory gets what it would read again now.
    const source = { unitId, documentId: unit.documentId, projectId: unit.projectId, english, status, hindi: unit.hindi.join(" ") };
    await recordUnitsInMemory(tx, [unitId], [{ ...source, prev: unit.prev, next: unit.next }]);
    return unit.documentId;
  });
  const [saved] = await loadUnitsById(documentId, [unitId]);
  return saved;
}

function snapshot(unit: LockedUnit): UnitSnapshot {
  const { id, first, last, english, status, needsReview, version, confidence, externalId, pretranslated } = unit;
  return { id, first, last, english, status, needsReview, version, confidence, externalId, pretranslated };
}

function joinEnglish(a: string, b: string): string {
  return [a.trim(), b.trim()].filter(Boolean).join(" ");
}

/** Merges a unit with the next one: one unit over both Hindi ranges, English joined. */
export async function mergeWithNext(unitId: number, input: { version: number; nextVersion: number }, user: CurrentUser) {
  return structural(unitId, user, async (tx, { unit, next }, actor) => {
    assertVersion(unit, input.version, unitId);
    if (!next)
      throw new AppError("BAD_INPUT", `Unit ${unitId} is the last unit; there is nothing to merge it with.`, { reason: "noNeighbour" });
    assertVersion(next, input.nextVersion, next.id);
    assertAllowedForAll(actor.role, "merge", [unit, next]);
    const english = joinEnglish(unit.english, next.english);
    const { status, needsReview } = restructureOutcome(actor.role, "merge", [unit, next], english);
    const version = Math.max(unit.version, next.version) + 1;
    // Every sentence of both units is now in the kept one, and so is every comment written on them.
    await tx.$executeRaw`UPDATE comment SET unit_id = ${unit.id} WHERE unit_id = ${next.id}`;
    await tx.$executeRaw`UPDATE unit_version SET unit_id = ${unit.id} WHERE unit_id = ${next.id}`;
    await tx.$executeRaw`DELETE FROM unit WHERE id = ${next.id}`;
    // Joined (or divided, or moved) by a person, the English is no longer the memory's: no pre-translated marker.
    await tx.$executeRaw`
      UPDATE unit SET last_sentence = ${next.last}, english = ${english}, status = ${status}::"UnitStatus",
        version = ${version}, author_id = ${user.id}, updated_at = now(), confidence = NULL, needs_review = ${needsReview},
        pretranslated = NULL
      WHERE id = ${unit.id}`;
    await recordVersion(tx, unit.id, version, english, status, user.id);
    await recordAudit(tx, {
      userId: user.id,
      action: "unit.merge",
      documentId: unit.documentId,
      unitId: unit.id,
      details: { removed: next.id, sentences: [unit.first, next.last], from: [unit.status, next.status], to: status },
    });
    await recordUndo(tx, {
      userId: user.id,
      documentId: unit.documentId,
      kind: "merge",
      primary: unit.id,
      before: [snapshot(unit), snapshot(next)],
      after: [{ id: unit.id, version }],
    });
    return { documentId: unit.documentId, changed: [unit.id], removed: [next.id] };
  });
}

/** Splits a multi-sentence unit before the sentence at position `at`. */
export async function splitUnit(
  unitId: number,
  input: { version: number; at: number; englishFirst: string; englishSecond: string },
  user: CurrentUser,
) {
  return structural(unitId, user, async (tx, { unit }, actor) => {
    assertVersion(unit, input.version, unitId);
    assertAllowed(actor.role, "split", unit.status, unit.id);
    if (!(input.at > unit.first && input.at <= unit.last)) {
      throw new AppError(
        "BAD_INPUT",
        `Unit ${unitId} covers sentences ${unit.first + 1}–${unit.last + 1}; it cannot be split before sentence ${input.at + 1}.`,
        {
          reason: "badSplit",
        },
      );
    }
    const first = stripControlChars(input.englishFirst).replace(/\n+/g, " ").trim();
    const second = stripControlChars(input.englishSecond).replace(/\n+/g, " ").trim();
    const a = restructureOutcome(actor.role, "split", [unit], first);
    const b = restructureOutcome(actor.role, "split", [unit], second);
    const [firstStatus, secondStatus] = [a.status, b.status];
    const version = unit.version + 1;
    await tx.$executeRaw`
      UPDATE unit SET last_sentence = ${input.at - 1}, english = ${first}, status = ${firstStatus}::"UnitStatus",
        version = ${version}, author_id = ${user.id}, updated_at = now(), confidence = NULL, needs_review = ${a.needsReview},
        pretranslated = NULL
      WHERE id = ${unit.id}`;
    const [created] = await tx.$queryRaw<{ id: number }[]>`
      INSERT INTO unit (document_id, first_sentence, last_sentence, english, status, version, author_id, created_by_id, needs_review)
      VALUES (${unit.documentId}, ${input.at}, ${unit.last}, ${second}, ${secondStatus}::"UnitStatus", 1, ${user.id}, ${user.id},
        ${b.needsReview})
      RETURNING id`;
    await reattachComments(tx, [unit.id, created.id]);
    await recordVersion(tx, unit.id, version, first, firstStatus, user.id);
    await recordVersion(tx, created.id, 1, second, secondStatus, user.id);
    await recordAudit(tx, {
      userId: user.id,
      action: "unit.split",
      documentId: unit.documentId,
      unitId: unit.id,
      details: {
        created: created.id,
        at: input.at,
        from: unit.status,
        to: [firstStatus, secondStatus],
      },
    });
    await recordUndo(tx, {
      userId: user.id,
      documentId: unit.documentId,
      kind: "split",
      primary: unit.id,
      before: [snapshot(unit)],
      after: [
        { id: unit.id, version },
        { id: created.id, version: 1 },
      ],
    });
    return { documentId: unit.documentId, changed: [unit.id, created.id], removed: [] };
  });
}

/** Moves the first Hindi sentence to the previous unit, or the last one to the next unit. */
export async function moveSentence(
  unitId: number,
  input: { version: number; neighbourVersion: number; direction: "first-to-previous" | "last-to-next" },
  user: CurrentUser,
) {
  return structural(unitId, user, async (tx, { unit, previous, next }, actor) => {
    assertVersion(unit, input.version, unitId);
    if (unit.first === unit.last) {
      throw new AppError("BAD_INPUT", `Unit ${unitId} has a single Hindi sentence; merge it instead of moving it.`, {
        reason: "singleSentence",
      });
    }
    const toPrevious = input.direction === "first-to-previous";
    const neighbour = toPrevious ? previous : next;
    if (!neighbour)
      throw new AppError("BAD_INPUT", `Unit ${unitId} has no ${toPrevious ? "previous" : "next"} unit.`, { reason: "noNeighbour" });
    assertVersion(neighbour, input.neighbourVersion, neighbour.id);
    assertAllowedForAll(actor.role, "move", [unit, neighbour]);
    const unitOutcome = restructureOutcome(actor.role, "move", [unit], unit.english);
    const neighbourOutcome = restructureOutcome(actor.role, "move", [neighbour], neighbour.english);
    if (toPrevious) {
      await tx.$executeRaw`UPDATE unit SET first_sentence = first_sentence + 1 WHERE id = ${unit.id}`;
      await tx.$executeRaw`UPDATE unit SET last_sentence = last_sentence + 1 WHERE id = ${neighbour.id}`;
    } else {
      await tx.$executeRaw`UPDATE unit SET last_sentence = last_sentence - 1 WHERE id = ${unit.id}`;
      await tx.$executeRaw`UPDATE unit SET first_sentence = first_sentence - 1 WHERE id = ${neighbour.id}`;
    }
    // The moved sentence's comments go with it to the neighbour.
    await reattachComments(tx, [unit.id, neighbour.id]);
    for (const [u, { status, needsReview }] of [
      [unit, unitOutcome],
      [neighbour, neighbourOutcome],
    ] as const) {
      await tx.$executeRaw`
        UPDATE unit SET status = ${status}::"UnitStatus", version = version + 1, author_id = ${user.id}, updated_at = now(),
          confidence = NULL, needs_review = ${needsReview}, pretranslated = NULL
        WHERE id = ${u.id}`;
      await recordVersion(tx, u.id, u.version + 1, u.english, status, user.id);
    }
    await recordAudit(tx, {
      userId: user.id,
      action: "unit.move",
      documentId: unit.documentId,
      unitId: unit.id,
      details: { direction: input.direction, neighbour: neighbour.id },
    });
    await recordUndo(tx, {
      userId: user.id,
      documentId: unit.documentId,
      kind: "move",
      primary: unit.id,
      before: [snapshot(unit), snapshot(neighbour)],
      after: [
        { id: unit.id, version: unit.version + 1 },
        { id: neighbour.id, version: neighbour.version + 1 },
      ],
    });
    return { documentId: unit.documentId, changed: toPrevious ? [neighbour.id, unit.id] : [unit.id, neighbour.id], removed: [] };
  });
}

/**
 * Runs an alignment operation on a unit with its neighbourhood locked (see lockNeighbourhood), bumps
 * the document's structure version, and answers with the changed units as the editor shows them.
 * A deadlock or serialisation failure retries the whole transaction (transact).
 */
async function structural(
  unitId: number,
  user: CurrentUser,
  run: (
    tx: Tx,
    locked: { unit: LockedUnit | null; previous: LockedUnit | null; next: LockedUnit | null },
    actor: CurrentUser,
  ) => Promise<{ documentId: string; changed: number[]; removed: number[] }>,
): Promise<StructureResult> {
  const qa = await loadQaContextForUnit(unitId);
  const { documentId, changed, removed, structureVersion, undo } = await transact(async (tx) => {
    const locked = await lockNeighbourhood(tx, unitId);
    // The role in the document's project as it is now, with the rows locked (lockNeighbourhood's order, then this).
    const actor = locked ? await actorOnLockedRows(tx, locked.documentId, user, ["unit", unitId]) : user;
    const around = [locked?.previous, locked?.unit, locked?.next].flatMap((u) => (u ? [u.id] : []));
    const previousKeys = await readConsistencyKeys(tx, around);
    const result = await run(tx, locked ?? { unit: null, previous: null, next: null }, actor);
    if (qa) await refreshUnitsQa(tx, qa, result.changed, previousKeys);
    const structureVersion = await bumpStructure(tx, result.documentId);
    return { ...result, structureVersion, undo: await loadUndoTop(user.id, result.documentId, tx) };
  });
  return { units: await loadUnitsById(documentId, changed), removed, structureVersion, undo };
}

/** Records that a user has a document open (and which unit they edit); read by other instances. */
export async function heartbeat(userId: string, documentId: string, unitId: number | null): Promise<void> {
  // Only a unit of this document, in a document that exists: an id from elsewhere changes nothing.
  // One statement, not a transaction: the tab is named (for its ring, lib/server/live-client.ts) in the
  // statement's own implicit transaction, before the row trigger that rings runs at the statement's end.
  const stored = await prisma.$executeRaw`
    INSERT INTO presence (user_id, document_id, unit_id, seen_at)
    SELECT ${userId}, d.id, ${unitId}::int, now()
    FROM document d CROSS JOIN (SELECT set_config('setu.client', ${currentClient()}, true)) AS tab
    WHERE d.id = ${documentId}
      AND (${unitId}::int IS NULL OR EXISTS (SELECT 1 FROM unit u WHERE u.id = ${unitId}::int AND u.document_id = d.id))
    ON CONFLICT (user_id, document_id) DO UPDATE SET unit_id = EXCLUDED.unit_id, seen_at = now()`;
  if (stored === 0) throw new AppError("NOT_FOUND", `No unit ${unitId} in document ${documentId}.`, { reason: "notInDocument" });
}

export async function leaveDocument(userId: string, documentId: string): Promise<void> {
  await prisma.$executeRaw`
    DELETE FROM presence USING (SELECT set_config('setu.client', ${currentClient()}, true)) AS tab
    WHERE user_id = ${userId} AND document_id = ${documentId}`;
}
