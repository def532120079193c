import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { assertAllowed } from "@/lib/editor/policy";
import type { UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { checkUnit } from "@/lib/qa/check-unit";
import { consistencyKeys, findInconsistencies } from "@/lib/qa/inconsistent";
import type { QaIssue, QaSeverity } from "@/lib/qa/types";
import type { Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { isDocumentQaFresh, loadQaContext, QA_SETTINGS_KEY, type QaContext } from "./data";
import type { QaSettings } from "./types";

interface IssueRow {
  unitId: number;
  issue: QaIssue;
}

/** Writes issue rows set-based (one statement per batch, unnest of parallel arrays). */
async function insertIssues(tx: Tx, documentId: string, rows: IssueRow[]): Promise<void> {
  const BATCH = 20_000;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    await tx.$executeRaw`
      INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params, fix)
      SELECT t.unit_id, ${documentId}, t.key, t."check", t.code, t.severity, t.params::jsonb, t.fix
      FROM unnest(${batch.map((r) => r.unitId)}::int[], ${batch.map((r) => r.issue.key)}::text[],
                  ${batch.map((r) => r.issue.check)}::text[], ${batch.map((r) => r.issue.code)}::text[],
                  ${batch.map((r) => r.issue.severity)}::text[], ${batch.map((r) => JSON.stringify(r.issue.params))}::text[],
                  ${batch.map((r) => r.issue.fix ?? null)}::text[])
        AS t(unit_id, key, "check", code, severity, params, fix)
      ON CONFLICT (unit_id, key) DO UPDATE SET "check" = EXCLUDED."check", code = EXCLUDED.code,
        severity = EXCLUDED.severity, params = EXCLUDED.params, fix = EXCLUDED.fix`;
  }
}

interface KeyRow {
  unitId: number;
  hindiKey: number;
  englishKey: number | null;
  reversible: boolean;
}

async function upsertKeys(tx: Tx, documentId: string, rows: KeyRow[]): Promise<void> {
  const BATCH = 20_000;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    // Keys are 53-bit hashes: passed as text so that no layer narrows them to 32 bits.
    await tx.$executeRaw`
      INSERT INTO unit_qa_key (unit_id, document_id, hindi_key, english_key, reversible)
      SELECT t.unit_id, ${documentId}, t.hindi_key::bigint, t.english_key::bigint, t.reversible
      FROM unnest(${batch.map((r) => r.unitId)}::int[], ${batch.map((r) => String(r.hindiKey))}::text[],
                  ${batch.map((r) => (r.englishKey === null ? null : String(r.englishKey)))}::text[],
                  ${batch.map((r) => r.reversible)}::boolean[]) AS t(unit_id, hindi_key, english_key, reversible)
      ON CONFLICT (unit_id) DO UPDATE SET hindi_key = EXCLUDED.hindi_key, english_key = EXCLUDED.english_key,
        reversible = EXCLUDED.reversible`;
  }
}

/** The consistency keys units have now, for the groups a change may leave or join. */
export async function readConsistencyKeys(tx: Tx, unitIds: number[]): Promise<{ hindi: string[]; english: string[] }> {
  if (unitIds.length === 0) return { hindi: [], english: [] };
  const rows = await tx.$queryRaw<{ h: string; e: string | null }[]>`
    SELECT hindi_key::text AS h, english_key::text AS e FROM unit_qa_key WHERE unit_id = ANY(${unitIds}::int[])`;
  return { hindi: rows.map((r) => r.h), english: rows.flatMap((r) => (r.e === null ? [] : [r.e])) };
}

/**
 * Recomputes `inconsistent` for every unit of the document that shares a Hindi or an English key
 * with the given ones, in SQL over the stored keys (a save touches a handful of rows, not the
 * document). Mirrors lib/qa/inconsistent's findInconsistencies: an issue names the first other
 * unit (in document order) and counts the group's renderings (or sources).
 */
async function refreshInconsistent(tx: Tx, documentId: string, keys: { hindi: string[]; english: string[] }): Promise<number[]> {
  const affected = await tx.$queryRaw<{ id: number }[]>`
    SELECT unit_id AS id FROM unit_qa_key
    WHERE document_id = ${documentId}
      AND (hindi_key = ANY(${keys.hindi}::text[]::bigint[]) OR english_key = ANY(${keys.english}::text[]::bigint[]))`;
  const ids = affected.map((r) => r.id);
  if (ids.length === 0) return ids;
  await tx.$executeRaw`DELETE FROM unit_qa WHERE unit_id = ANY(${ids}::int[]) AND "check" = 'inconsistent'`;
  await tx.$executeRaw`
    INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params)
    SELECT a.unit_id, a.document_id, 'inconsistentHindi', 'inconsistent', 'inconsistentHindi', 'warning',
           jsonb_build_object('unit', o.unit_id, 'count', g.n)
    FROM unit_qa_key a
    CROSS JOIN LATERAL (
      SELECT k.unit_id FROM unit_qa_key k JOIN unit u ON u.id = k.unit_id
      WHERE k.document_id = a.document_id AND k.hindi_key = a.hindi_key AND k.english_key <> a.english_key
      ORDER BY u.first_sentence LIMIT 1) o
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT k.english_key)::int AS n FROM unit_qa_key k
      WHERE k.document_id = a.document_id AND k.hindi_key = a.hindi_key) g
    WHERE a.unit_id = ANY(${ids}::int[]) AND a.english_key IS NOT NULL`;
  await tx.$executeRaw`
    INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params)
    SELECT a.unit_id, a.document_id, 'inconsistentEnglish', 'inconsistent', 'inconsistentEnglish', 'warning',
           jsonb_build_object('unit', o.unit_id, 'count', g.n)
    FROM unit_qa_key a
    CROSS JOIN LATERAL (
      SELECT k.unit_id FROM unit_qa_key k JOIN unit u ON u.id = k.unit_id
      WHERE k.document_id = a.document_id AND k.english_key = a.english_key AND k.reversible AND k.hindi_key <> a.hindi_key
      ORDER BY u.first_sentence LIMIT 1) o
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT k.hindi_key)::int AS n FROM unit_qa_key k
      WHERE k.document_id = a.document_id AND k.english_key = a.english_key AND k.reversible) g
    WHERE a.unit_id = ANY(${ids}::int[]) AND a.reversible`;
  return ids;
}

/** An ignore lasts as long as its issue: once the unit no longer has it, it is gone. */
async function dropStaleIgnores(tx: Tx, unitIds: number[]): Promise<void> {
  if (unitIds.length === 0) return;
  await tx.$executeRaw`
    DELETE FROM unit_qa_ignore i WHERE i.unit_id = ANY(${unitIds}::int[])
      AND NOT EXISTS (SELECT 1 FROM unit_qa q WHERE q.unit_id = i.unit_id AND q.key = i.key)`;
}

interface CheckedUnit {
  id: number;
  hindi: string[];
  english: string;
}

function checkAll(context: QaContext, units: CheckedUnit[]): { issues: IssueRow[]; keys: KeyRow[] } {
  const issues: IssueRow[] = [];
  const keys: KeyRow[] = [];
  for (const unit of units) {
    for (const issue of checkUnit(unit, context.options)) issues.push({ unitId: unit.id, issue });
    keys.push({ unitId: unit.id, ...consistencyKeys(unit.hindi.join(" "), unit.english) });
  }
  return { issues, keys };
}

/**
 * Rechecks units inside the caller's transaction, after it changed them: their own issues, their
 * consistency keys, and `inconsistent` for every unit that shares a key with them before or after
 * (pass `previousKeys` read before the change when units were removed or their Hindi changed).
 */
export async function refreshUnitsQa(
  tx: Tx,
  context: QaContext,
  unitIds: number[],
  previousKeys: { hindi: string[]; english: string[] } = { hindi: [], english: [] },
): Promise<void> {
  const before = await readConsistencyKeys(tx, unitIds);
  const units = unitIds.length
    ? await tx.$queryRaw<CheckedUnit[]>`
        SELECT u.id, u.english,
               array(SELECT s.text FROM sentence s WHERE s.document_id = u.document_id
                       AND s.position BETWEEN u.first_sentence AND u.last_sentence ORDER BY s.position) AS hindi
        FROM unit u WHERE u.id = ANY(${unitIds}::int[]) AND u.document_id = ${context.documentId}`
    : [];
  const { issues, keys } = checkAll(context, units);
  if (units.length) {
    await tx.$executeRaw`DELETE FROM unit_qa WHERE unit_id = ANY(${units.map((u) => u.id)}::int[]) AND "check" <> 'inconsistent'`;
  }
  await insertIssues(tx, context.documentId, issues);
  await upsertKeys(tx, context.documentId, keys);
  const touched = await refreshInconsistent(tx, context.documentId, {
    hindi: [...before.hindi, ...previousKeys.hindi, ...keys.map((k) => String(k.hindiKey))],
    english: [...before.english, ...previousKeys.english, ...keys.flatMap((k) => (k.englishKey === null ? [] : [String(k.englishKey)]))],
  });
  await dropStaleIgnores(tx, [...new Set([...units.map((u) => u.id), ...touched])]);
}

/** Reads a document's units with their Hindi, in order, without a subquery per unit. */
async function readDocumentUnits(tx: Tx, documentId: string): Promise<CheckedUnit[]> {
  const [units, sentences] = await Promise.all([
    tx.$queryRaw<{ id: number; first: number; last: number; english: string }[]>`
      SELECT id, first_sentence AS first, last_sentence AS last, english FROM unit
      WHERE document_id = ${documentId} ORDER BY first_sentence`,
    tx.$queryRaw<{ position: number; text: string }[]>`
      SELECT position, text FROM sentence WHERE document_id = ${documentId} ORDER BY position`,
  ]);
  const byPosition = new Map(sentences.map((s) => [s.position, s.text]));
  return units.map((u) => {
    const hindi: string[] = [];
    for (let p = u.first; p <= u.last; p++) {
      const text = byPosition.get(p);
      if (text !== undefined) hindi.push(text);
    }
    return { id: u.id, english: u.english, hindi };
  });
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
      if (!exists[0]) throw new AppError("NOT_FOUND", `No document with id ${context.documentId}.`);
      const units = await readDocumentUnits(tx, context.documentId);
      const { issues, keys } = checkAll(context, units);
      const inconsistencies = findInconsistencies(keys.map((k) => ({ ...k, id: k.unitId, label: k.unitId })));
      for (const [unitId, found] of inconsistencies) for (const issue of found) issues.push({ unitId, issue });
      await tx.$executeRaw`DELETE FROM unit_qa WHERE document_id = ${context.documentId}`;
      await tx.$executeRaw`DELETE FROM unit_qa_key WHERE document_id = ${context.documentId}`;
      await insertIssues(tx, context.documentId, issues);
      await upsertKeys(tx, context.documentId, keys);
      await tx.$executeRaw`
        DELETE FROM unit_qa_ignore i USING unit u WHERE u.id = i.unit_id AND u.document_id = ${context.documentId}
          AND NOT EXISTS (SELECT 1 FROM unit_qa q WHERE q.unit_id = i.unit_id AND q.key = i.key)`;
      await tx.$executeRaw`
        INSERT INTO document_qa (document_id, stamp, checked_at) VALUES (${context.documentId}, ${context.stamp}, now())
        ON CONFLICT (document_id) DO UPDATE SET stamp = EXCLUDED.stamp, checked_at = now()`;
      return { units: units.length, issues: issues.length };
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

interface LockedForQa {
  documentId: string;
  status: UnitStatus;
  version: number;
}

async function lockForIgnore(tx: Tx, unitId: number, version: number, key: string) {
  const [unit] = await tx.$queryRaw<LockedForQa[]>`
    SELECT document_id AS "documentId", status::text AS status, version FROM unit WHERE id = ${unitId} FOR UPDATE`;
  if (!unit) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone", unitId });
  if (unit.version !== version) {
    throw new AppError("CONFLICT", `Unit ${unitId} was changed since you loaded it.`, { reason: "versionConflict", unitId });
  }
  const [issue] = await tx.$queryRaw<{ check: string; code: string; severity: QaSeverity }[]>`
    SELECT "check", code, severity FROM unit_qa WHERE unit_id = ${unitId} AND key = ${key}`;
  if (!issue) throw new AppError("CONFLICT", `Unit ${unitId} has no QA issue ${key} (any more).`, { reason: "issueGone", unitId });
  return { unit, issue };
}

/** Records that one issue of one unit is not a problem, with the reason (and in the audit log). */
export async function ignoreQaIssue(unitId: number, input: { key: string; version: number; reason: string }, user: CurrentUser) {
  await transact(async (tx) => {
    const { unit, issue } = await lockForIgnore(tx, unitId, input.version, input.key);
    assertAllowed(user.role, issue.severity === "error" ? "ignore-qa-error" : "ignore-qa-warning", unit.status, unitId);
    await tx.$executeRaw`
      INSERT INTO unit_qa_ignore (unit_id, key, "check", reason, user_id) VALUES (${unitId}, ${input.key}, ${issue.check}, ${input.reason}, ${user.id})
      ON CONFLICT (unit_id, key) DO UPDATE SET reason = EXCLUDED.reason, user_id = EXCLUDED.user_id, created_at = now()`;
    await tx.$executeRaw`UPDATE unit SET updated_at = now() WHERE id = ${unitId}`;
    await recordAudit(tx, {
      userId: user.id,
      action: "qa.ignore",
      documentId: unit.documentId,
      unitId,
      details: { key: input.key, check: issue.check, code: issue.code, severity: issue.severity, reason: input.reason },
    });
  });
}

/** Shows an ignored issue again. */
export async function unignoreQaIssue(unitId: number, input: { key: string; version: number }, user: CurrentUser) {
  await transact(async (tx) => {
    const { unit, issue } = await lockForIgnore(tx, unitId, input.version, input.key);
    assertAllowed(user.role, issue.severity === "error" ? "ignore-qa-error" : "ignore-qa-warning", unit.status, unitId);
    const removed = await tx.$executeRaw`DELETE FROM unit_qa_ignore WHERE unit_id = ${unitId} AND key = ${input.key}`;
    if (removed === 0) return;
    await tx.$executeRaw`UPDATE unit SET updated_at = now() WHERE id = ${unitId}`;
    await recordAudit(tx, {
      userId: user.id,
      action: "qa.unignore",
      documentId: unit.documentId,
      unitId,
      details: { key: input.key, check: issue.check, code: issue.code },
    });
  });
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
