import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { actorOnLockedRows } from "@/features/projects/data";
import { Prisma } from "@/generated/prisma/client";
import { assertAllowed } from "@/lib/editor/policy";
import { AppError } from "@/lib/errors";
import { DocumentQaPass, type IssueColumns, sliceIssueColumns } from "@/lib/qa/check-document";
import type { KeyedUnit } from "@/lib/qa/inconsistent";
import type { QaSeverity } from "@/lib/qa/types";
import type { Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { assertUnitVersion, lockUnitRow } from "@/lib/server/unit-lock";
import { isDocumentQaFresh, loadQaContext, QA_SETTINGS_KEY, type QaContext, readDocumentQaChunks } from "./data";
import type { QaSettings } from "./types";

/**
 * Writes issue rows set-based (one statement per batch, unnest of parallel arrays). Rows stored as
 * they are already are left out before the insert (one hash anti join with the document's rows):
 * going through ON CONFLICT for each of them took twice as long in a recheck that changed nothing
 * (21,553 issues: 610–700 ms against 280–380 ms, EXPLAIN ANALYZE at load 17).
 */
async function insertIssues(tx: Tx, documentId: string, rows: IssueColumns): Promise<void> {
  const BATCH = 20_000;
  for (let from = 0; from < rows.unitIds.length; from += BATCH) {
    const b = sliceIssueColumns(rows, from, from + BATCH);
    await tx.$executeRaw`
      INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params, fix)
      SELECT t.unit_id, ${documentId}, t.key, t."check", t.code, t.severity, t.params::jsonb, t.fix
      FROM unnest(${b.unitIds}::int[], ${b.keys}::text[], ${b.checks}::text[], ${b.codes}::text[],
                  ${b.severities}::text[], ${b.params}::text[], ${b.fixes}::text[])
        AS t(unit_id, key, "check", code, severity, params, fix)
      WHERE NOT EXISTS (
        SELECT 1 FROM unit_qa q WHERE q.document_id = ${documentId} AND q.unit_id = t.unit_id AND q.key = t.key
          AND (q."check", q.code, q.severity, q.params, q.fix) IS NOT DISTINCT FROM (t."check", t.code, t.severity, t.params::jsonb, t.fix))
      ON CONFLICT (unit_id, key) DO UPDATE SET "check" = EXCLUDED."check", code = EXCLUDED.code,
        severity = EXCLUDED.severity, params = EXCLUDED.params, fix = EXCLUDED.fix
      WHERE (unit_qa."check", unit_qa.code, unit_qa.severity, unit_qa.params, unit_qa.fix)
        IS DISTINCT FROM (EXCLUDED."check", EXCLUDED.code, EXCLUDED.severity, EXCLUDED.params, EXCLUDED.fix)`;
  }
}

async function upsertKeys(tx: Tx, documentId: string, rows: KeyedUnit<number>[]): Promise<void> {
  const BATCH = 20_000;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    // Keys are 53-bit hashes: passed as text so that no layer narrows them to 32 bits.
    await tx.$executeRaw`
      INSERT INTO unit_qa_key (unit_id, document_id, hindi_key, english_key, reversible)
      SELECT t.unit_id, ${documentId}, t.hindi_key::bigint, t.english_key::bigint, t.reversible
      FROM unnest(${batch.map((r) => r.id)}::int[], ${batch.map((r) => String(r.hindiKey))}::text[],
                  ${batch.map((r) => (r.englishKey === null ? null : String(r.englishKey)))}::text[],
                  ${batch.map((r) => r.reversible)}::boolean[]) AS t(unit_id, hindi_key, english_key, reversible)
      ON CONFLICT (unit_id) DO UPDATE SET hindi_key = EXCLUDED.hindi_key, english_key = EXCLUDED.english_key,
        reversible = EXCLUDED.reversible
      WHERE (unit_qa_key.hindi_key, unit_qa_key.english_key, unit_qa_key.reversible)
        IS DISTINCT FROM (EXCLUDED.hindi_key, EXCLUDED.english_key, EXCLUDED.reversible)`;
  }
}

/** The consistency keys units have now, for the groups a change may leave or join. */
export async function readConsistencyKeys(tx: Tx, unitIds: number[]): Promise<{ hindi: string[]; english: string[] }> {
  if (unitIds.length === 0) return { hindi: [], english: [] };
  const rows = await tx.$queryRaw<{ h: string; e: string | null }[]>`
    SELECT hindi_key::text AS h, english_key::text AS e FROM unit_qa_key WHERE unit_id = ANY(${unitIds}::int[])`;
  return { hindi: rows.map((r) => r.h), english: rows.flatMap((r) => (r.e === null ? [] : [r.e])) };
}

export interface CheckedUnit {
  id: number;
  hindi: string[];
  english: string;
}

/**
 * The call of qa_refresh_units (its migrations say why a function) that rechecks `units` (as they
 * are now) among `unitIds`: their own issues and consistency keys computed here, in memory, and
 * `inconsistent` for every unit that shares a key with them before or after (pass `previousKeys`
 * read before the change when units were removed or their Hindi changed). The function sees the
 * tables as they were before it, so it works from the keys as they will be (the stored keys of
 * other units plus the new ones) and never deletes and upserts the same row: it deletes the rows
 * that are not wanted any more and upserts the wanted ones. The result is what the separate steps
 * of refreshInconsistent and dropStaleIgnores give (tests/integration/qa.test.ts compares saving
 * one by one with checking the whole document). A save puts the call inside its own statement, so
 * that QA costs it no round trip (features/editor/mutations.ts saveUnit).
 */
export function unitsQaRefreshCall(
  context: QaContext,
  unitIds: number[],
  units: CheckedUnit[],
  previousKeys: { hindi: string[]; english: string[] } = { hindi: [], english: [] },
): Prisma.Sql {
  const pass = new DocumentQaPass(context.options);
  for (const unit of units) pass.add(unit.id, unit.hindi, unit.english);
  const { issues: i, keys } = pass;
  const checked = units.map((u) => u.id);
  // Keys are 53-bit hashes: passed as text so that no layer narrows them to 32 bits.
  return Prisma.sql`qa_refresh_units(${context.documentId},
      ${keys.map((k) => k.id)}::int[], ${keys.map((k) => String(k.hindiKey))}::text[],
      ${keys.map((k) => (k.englishKey === null ? null : String(k.englishKey)))}::text[], ${keys.map((k) => k.reversible)}::boolean[],
      ${i.unitIds}::int[], ${i.keys}::text[], ${i.checks}::text[], ${i.codes}::text[], ${i.severities}::text[],
      ${i.params}::text[], ${i.fixes}::text[],
      ${unitIds}::int[], ${checked}::int[], ${previousKeys.hindi}::text[], ${previousKeys.english}::text[])`;
}

/**
 * Rechecks units inside the caller's transaction, after it changed them (see unitsQaRefreshCall):
 * one read (the units' Hindi and English), the checks in memory, then the one statement.
 */
export async function refreshUnitsQa(
  tx: Tx,
  context: QaContext,
  unitIds: number[],
  previousKeys: { hindi: string[]; english: string[] } = { hindi: [], english: [] },
): Promise<void> {
  if (unitIds.length === 0 && previousKeys.hindi.length === 0 && previousKeys.english.length === 0) return;
  const units = unitIds.length
    ? await tx.$queryRaw<CheckedUnit[]>`
        SELECT u.id, u.english,
               array(SELECT s.text FROM sentence s WHERE s.document_id = u.document_id
                       AND s.position BETWEEN u.first_sentence AND u.last_sentence ORDER BY s.position) AS hindi
        FROM unit u WHERE u.id = ANY(${unitIds}::int[]) AND u.document_id = ${context.documentId}`
    : [];
  await tx.$executeRaw`SELECT ${unitsQaRefreshCall(context, unitIds, units, previousKeys)}`;
}

/**
 * Checks a whole document again (after an import or a realignment, when the checks or the glossary
 * changed): every unit, consistency in memory, then the stored rows replaced set-based. Holds the
 * document row, which saves take a share of, so that no save's fresher result is overwritten.
 */
export async function refreshDocumentQa(context: QaContext): Promise<{ units: number; issues: number }> {
  return transact(
    async (tx) => {
      const exists = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM document WHERE id = ${context.documentId} FOR UPDATE`;
      if (!exists[0]) throw new AppError("NOT_FOUND", `No document with id ${context.documentId}.`, { reason: "documentNotFound" });
      const pass = new DocumentQaPass(context.options);
      // Only keys that changed are written: a recheck of an unchanged document writes none (100,000
      // upserts that changed nothing were more than a second).
      const changedKeys: KeyedUnit<number>[] = [];
      let units = 0;
      for await (const chunk of readDocumentQaChunks(context.documentId)) {
        const { h, e, r } = chunk.stored;
        for (let k = 0; k < chunk.ids.length; k++) {
          const keys = pass.add(chunk.ids[k], chunk.hindi[k], chunk.english[k]);
          if (h[k] === null || h[k] !== keys.hindiKey || e[k] !== keys.englishKey || (r[k] === true) !== keys.reversible) {
            changedKeys.push(keys);
          }
        }
        units += chunk.ids.length;
      }
      const issues = pass.finish();
      // Rows that stay the same are left alone: deleting and inserting them again in one transaction
      // made every insert check the dead row of the same key (5 s for 100,000 keys).
      await tx.$executeRaw`
        DELETE FROM unit_qa q WHERE q.document_id = ${context.documentId} AND NOT EXISTS (
          SELECT 1 FROM unnest(${issues.unitIds}::int[], ${issues.keys}::text[]) AS t(unit_id, key)
          WHERE t.unit_id = q.unit_id AND t.key = q.key)`;
      await insertIssues(tx, context.documentId, issues);
      await upsertKeys(tx, context.documentId, changedKeys);
      await tx.$executeRaw`
        DELETE FROM unit_qa_ignore i USING unit u WHERE u.id = i.unit_id AND u.document_id = ${context.documentId}
          AND NOT EXISTS (SELECT 1 FROM unit_qa q WHERE q.unit_id = i.unit_id AND q.key = i.key)`;
      await tx.$executeRaw`
        INSERT INTO document_qa (document_id, stamp, checked_at) VALUES (${context.documentId}, ${context.stamp}, now())
        ON CONFLICT (document_id) DO UPDATE SET stamp = EXCLUDED.stamp, checked_at = now()`;
      return { units, issues: issues.unitIds.length };
    },
    { timeout: 5 * 60_000, maxWait: 10_000 },
  );
}

/** Makes sure the stored issues of a document are current; checks it again when they are not. */
export async function ensureDocumentQa(documentId: string): Promise<QaContext> {
  const context = await loadQaContext(documentId);
  if (!(await isDocumentQaFresh(context))) await refreshDocumentQa(context);
  return context;
}

/** After a realignment replaced its units: the document is checked again when next read. */
export async function invalidateDocumentQa(tx: Tx, documentId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM document_qa WHERE document_id = ${documentId}`;
}

/**
 * Ignores one issue of one unit with a reason (`reason` a string), or shows it again (null): the
 * unit locked and its version checked, the issue still there, the policy asked on the locked row
 * (errors are a reviewer's), then the change and its audit entry in the same transaction.
 */
async function setIssueIgnored(unitId: number, input: { key: string; version: number }, reason: string | null, user: CurrentUser) {
  await transact(async (tx) => {
    const unit = await lockUnitRow(tx, unitId);
    const actor = await actorOnLockedRows(tx, unit.documentId, user, ["unit", unitId]);
    assertUnitVersion(unit, input.version, unitId);
    const [issue] = await tx.$queryRaw<{ check: string; code: string; severity: QaSeverity }[]>`
      SELECT "check", code, severity FROM unit_qa WHERE unit_id = ${unitId} AND key = ${input.key}`;
    if (!issue) {
      throw new AppError("CONFLICT", `Unit ${unitId} has no QA issue ${input.key} (any more).`, { reason: "issueGone", unitId });
    }
    assertAllowed(actor.role, issue.severity === "error" ? "ignore-qa-error" : "ignore-qa-warning", unit.status, unitId);
    if (reason === null) {
      const removed = await tx.$executeRaw`DELETE FROM unit_qa_ignore WHERE unit_id = ${unitId} AND key = ${input.key}`;
      if (removed === 0) return;
    } else {
      await tx.$executeRaw`
        INSERT INTO unit_qa_ignore (unit_id, key, "check", reason, user_id) VALUES (${unitId}, ${input.key}, ${issue.check}, ${reason}, ${user.id})
        ON CONFLICT (unit_id, key) DO UPDATE SET reason = EXCLUDED.reason, user_id = EXCLUDED.user_id, created_at = now()`;
    }
    await tx.$executeRaw`UPDATE unit SET updated_at = now() WHERE id = ${unitId}`;
    await recordAudit(tx, {
      userId: user.id,
      action: reason === null ? "qa.unignore" : "qa.ignore",
      documentId: unit.documentId,
      unitId,
      details:
        reason === null
          ? { key: input.key, check: issue.check, code: issue.code }
          : { key: input.key, check: issue.check, code: issue.code, severity: issue.severity, reason },
    });
  });
}

/** Records that one issue of one unit is not a problem, with the reason (and in the audit log). */
export async function ignoreQaIssue(unitId: number, input: { key: string; version: number; reason: string }, user: CurrentUser) {
  await setIssueIgnored(unitId, input, input.reason, user);
}

/** Shows an ignored issue again. */
export async function unignoreQaIssue(unitId: number, input: { key: string; version: number }, user: CurrentUser) {
  await setIssueIgnored(unitId, input, null, user);
}

/** The instance's QA settings; admins only (the caller checks the role, this records who). */
export async function saveQaSettings(settings: QaSettings, user: CurrentUser): Promise<QaSettings> {
  await transact(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO instance_setting (key, value, updated_by_id, updated_at)
      VALUES (${QA_SETTINGS_KEY}, ${JSON.stringify(settings)}::jsonb, ${user.id}, now())
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`;
    await recordAudit(tx, { userId: user.id, action: "settings.qa", details: { ...settings } });
  });
  return settings;
}

/**
 * A project's "no approval while errors are open" (null: follow the instance), audited. The caller
 * checked that the person manages the project; a project that is gone is NOT_FOUND.
 */
export async function saveProjectQaSettings(projectId: string, blockApproval: boolean | null, user: CurrentUser): Promise<void> {
  await transact(async (tx) => {
    const changed = await tx.$executeRaw`UPDATE project SET qa_block_approval = ${blockApproval} WHERE id = ${projectId}`;
    if (changed === 0) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
    await recordAudit(tx, { userId: user.id, action: "project.settings.qa", details: { projectId, blockApproval } });
  });
}
