import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { loadUnitsById, unitDocumentId } from "@/features/editor/data";
import type { EditorUnit } from "@/features/editor/types";
import { actorOnLockedRows } from "@/features/projects/data";
import { approvalNeedsNoQaErrorsIn, openQaErrors } from "@/features/qa/data";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { recordApprovedNowInMemory, recordUnitsInMemory } from "@/features/tm/mutations";
import type { CommentKind } from "@/generated/prisma/enums";
import { assertAllowed, policyError, type ReviewAction, reviewOutcome, statesAllowed } from "@/lib/editor/policy";
import { AppError } from "@/lib/errors";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { assertUnitVersion, lockUnitRow } from "@/lib/server/unit-lock";

const commentKind: Record<ReviewAction, CommentKind> = { approve: "approve", reject: "reject", reopen: "reopen" };

/**
 * Approve, reject (with a reason) or reopen (with a comment) a unit. Version-checked like an edit,
 * so a concurrent edit and approval of the same unit cannot both win: the second is told.
 */
export async function reviewUnit(
  unitId: number,
  input: { action: ReviewAction; version: number; comment: string },
  user: CurrentUser,
): Promise<EditorUnit> {
  if (input.action !== "approve" && input.comment.trim() === "") {
    throw new AppError("BAD_INPUT", `A ${input.action === "reject" ? "rejection" : "reopen"} needs a comment saying why.`, {
      reason: "reasonRequired",
    });
  }
  if (input.action === "approve") {
    // The approval gate reads the stored QA issues: they must be current for the document.
    const owner = await unitDocumentId(unitId);
    if (owner && (await approvalNeedsNoQaErrorsIn(prisma, owner))) await ensureDocumentQa(owner);
  }
  const documentId = await transact(async (tx) => {
    const unit = await lockUnitRow(tx, unitId);
    // The policy is asked again here, on the locked row and with the role in the project as it is now: the
    // state or the membership may have changed since the route asked.
    const actor = await actorOnLockedRows(tx, unit.documentId, user, ["unit", unitId]);
    const outcome = reviewOutcome(actor.role, input.action, unit.status, unit.english);
    if (outcome.kind === "refused") throw policyError(input.action, unit.status, outcome.reason, unitId);
    assertUnitVersion(unit, input.version, unitId);
    // The project's setting (else the instance's), read again in this transaction.
    if (outcome.kind === "transition" && input.action === "approve" && (await approvalNeedsNoQaErrorsIn(tx, unit.documentId))) {
      const open = await openQaErrors(tx, unitId);
      if (open > 0) {
        throw new AppError("CONFLICT", `Unit ${unitId} has ${open} open QA error(s); fix or ignore them before approving.`, {
          reason: "qaErrorsOpen",
          unitId,
          errors: open,
        });
      }
    }
    if (outcome.kind === "request") {
      // A translator's reopen is a request to the reviewers: an open comment; the approval stands.
      await tx.$executeRaw`
        INSERT INTO comment (unit_id, author_id, kind, body) VALUES (${unitId}, ${user.id}, 'reopen', ${input.comment})`;
      await tx.$executeRaw`UPDATE unit SET updated_at = now() WHERE id = ${unitId}`;
      await recordAudit(tx, {
        userId: user.id,
        action: "unit.reopen-request",
        documentId: unit.documentId,
        unitId,
        details: { status: unit.status, comment: input.comment },
      });
      return unit.documentId;
    }
    const next = outcome.to;
    const version = unit.version + 1;
    await tx.$executeRaw`
      UPDATE unit SET status = ${next}::"UnitStatus", version = ${version}, updated_at = now(), needs_review = false
      WHERE id = ${unitId}`;
    await tx.$executeRaw`
      INSERT INTO unit_version (unit_id, version, english, status, author_id)
      VALUES (${unitId}, ${version}, ${unit.english}, ${next}::"UnitStatus", ${user.id})`;
    await recordUnitsInMemory(tx, [unitId]);
    if (input.comment) {
      await tx.$executeRaw`
        INSERT INTO comment (unit_id, author_id, kind, body) VALUES (${unitId}, ${user.id}, ${commentKind[input.action]}::"CommentKind", ${input.comment})`;
    }
    await recordAudit(tx, {
      userId: user.id,
      action: `unit.${input.action}`,
      documentId: unit.documentId,
      unitId,
      details: { from: unit.status, to: next, version, ...(input.comment ? { comment: input.comment } : {}) },
    });
    return unit.documentId;
  });
  const [unit] = await loadUnitsById(documentId, [unitId]);
  return unit;
}

/**
 * Approves every translated unit of a document matching the filter, in one transaction with
 * set-based statements (works for 100,000 units): the status update, one history row per unit,
 * and one audit row for the operation.
 */
export async function bulkApprove(
  documentId: string,
  filter: { withoutQaErrors?: boolean; withoutTermIssues?: boolean; withoutOpenComments?: boolean },
  user: CurrentUser,
): Promise<{ approved: number }> {
  // The policy names the states a bulk approval may take units from (translated, for reviewers).
  if (statesAllowed(user.role, "bulk-approve").length === 0)
    throw policyError("bulk-approve", "translated", user.role === null ? "signInRequired" : "reviewerOnly");
  // Term issues are QA errors now: the old filter name asks for the same thing.
  const skipQaErrors = filter.withoutQaErrors || filter.withoutTermIssues || (await approvalNeedsNoQaErrorsIn(prisma, documentId));
  if (skipQaErrors) await ensureDocumentQa(documentId);
  return transact(
    async (tx) => {
      // Lock order: the document row first, as every multi-unit operation does.
      const exists = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM document WHERE id = ${documentId} FOR UPDATE`;
      if (!exists[0]) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
      // The role in the project as it is now, with the document locked: a reviewer demoted or removed since the
      // request's check approves nothing.
      const actor = await actorOnLockedRows(tx, documentId, user);
      const states = statesAllowed(actor.role, "bulk-approve");
      if (states.length === 0) throw policyError("bulk-approve", "translated", "reviewerOnly");
      const skip = skipQaErrors || (await approvalNeedsNoQaErrorsIn(tx, documentId));
      const [{ excluded }] = skip
        ? await tx.$queryRaw<{ excluded: number }[]>`
            SELECT count(*)::int AS excluded FROM unit u
            WHERE u.document_id = ${documentId} AND u.status::text = ANY(${states}::text[]) AND u.english <> ''
              AND EXISTS (SELECT 1 FROM unit_qa q WHERE q.unit_id = u.id AND q.severity = 'error'
                AND NOT EXISTS (SELECT 1 FROM unit_qa_ignore i WHERE i.unit_id = q.unit_id AND i.key = q.key))`
        : [{ excluded: 0 }];
      const approved = await tx.$executeRaw`
        WITH changed AS (
          UPDATE unit u SET status = 'approved', version = u.version + 1, updated_at = now()
          WHERE u.document_id = ${documentId} AND u.status::text = ANY(${states}::text[]) AND u.english <> ''
            -- A unit whose Hindi changed under its English (merge, split, move) waits for a person's look.
            AND NOT u.needs_review
            AND (${!skip} OR NOT EXISTS (
              SELECT 1 FROM unit_qa q WHERE q.unit_id = u.id AND q.severity = 'error'
                AND NOT EXISTS (SELECT 1 FROM unit_qa_ignore i WHERE i.unit_id = q.unit_id AND i.key = q.key)))
            AND (${!filter.withoutOpenComments} OR NOT EXISTS (
              SELECT 1 FROM comment c WHERE c.unit_id = u.id AND NOT c.resolved))
          RETURNING u.id, u.version, u.english)
        INSERT INTO unit_version (unit_id, version, english, status, author_id)
        SELECT id, version, english, 'approved', ${user.id} FROM changed`;
      if (approved > 0) await recordApprovedNowInMemory(tx, documentId);
      await tx.$executeRaw`UPDATE document SET updated_at = now() WHERE id = ${documentId}`;
      await recordAudit(tx, {
        userId: user.id,
        action: "unit.bulk-approve",
        documentId,
        details: { approved, filter, excludedForQaErrors: excluded },
      });
      return { approved };
    },
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
}

export async function addComment(unitId: number, input: { body: string; parentId?: number | null }, user: CurrentUser) {
  return transact(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { documentId: true, status: true } });
    if (!unit) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone" });
    const actor = await actorOnLockedRows(tx, unit.documentId, user, ["unit", unitId]);
    assertAllowed(actor.role, "comment", unit.status, unitId);
    if (input.parentId) {
      const parent = await tx.comment.findUnique({ where: { id: input.parentId }, select: { unitId: true } });
      if (parent?.unitId !== unitId)
        throw new AppError("BAD_INPUT", "The comment replied to belongs to another unit.", { reason: "replyOtherUnit" });
    }
    const comment = await tx.comment.create({
      data: { unitId, authorId: user.id, body: input.body, parentId: input.parentId ?? null },
      select: { id: true },
    });
    await tx.$executeRaw`UPDATE unit SET updated_at = now() WHERE id = ${unitId}`;
    await recordAudit(tx, {
      userId: user.id,
      action: "comment.add",
      documentId: unit.documentId,
      unitId,
      details: { commentId: comment.id },
    });
    return comment;
  });
}

export async function setCommentResolved(commentId: number, resolved: boolean, user: CurrentUser) {
  await transact(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id: commentId },
      select: { unitId: true, unit: { select: { documentId: true } } },
    });
    if (!comment) throw new AppError("NOT_FOUND", `No comment with id ${commentId}.`, { reason: "commentGone" });
    await actorOnLockedRows(tx, comment.unit.documentId, user, ["comment", commentId]);
    await tx.comment.update({ where: { id: commentId }, data: { resolved, resolvedById: resolved ? user.id : null } });
    await tx.$executeRaw`UPDATE unit SET updated_at = now() WHERE id = ${comment.unitId}`;
    await recordAudit(tx, {
      userId: user.id,
      action: resolved ? "comment.resolve" : "comment.reopen",
      documentId: comment.unit.documentId,
      unitId: comment.unitId,
      details: { commentId },
    });
  });
}

/**
 * After sentence boundaries moved between these units, each of their comments goes to whichever of
 * them now holds the sentence it was written on (comment.sentence; see the comment table).
 */
export async function reattachComments(tx: Tx, unitIds: number[]): Promise<void> {
  await tx.$executeRaw`
    UPDATE comment c SET unit_id = u.id FROM unit u
    WHERE c.unit_id = ANY(${unitIds}::int[]) AND u.id = ANY(${unitIds}::int[]) AND c.unit_id <> u.id
      AND c.sentence BETWEEN u.first_sentence AND u.last_sentence`;
}
