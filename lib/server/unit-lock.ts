import "server-only";
import type { UnitStatus } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import type { Tx } from "./prisma";

/** A unit row locked for a write, with what a refusal shows the person (the current text and its author). */
export interface LockedUnitRow {
  documentId: string;
  status: UnitStatus;
  version: number;
  english: string;
  author: string | null;
}

/**
 * Locks one unit row (FOR UPDATE) for a single-unit write that checks the reader's version; GONE
 * when it no longer exists. Review and QA ignores go through here; the version is asserted by the
 * caller (assertUnitVersion) at the point its refusals are ordered.
 */
export async function lockUnitRow(tx: Tx, unitId: number): Promise<LockedUnitRow> {
  const [unit] = await tx.$queryRaw<LockedUnitRow[]>`
    SELECT u.document_id AS "documentId", u.status::text AS status, u.version, u.english, usr.name AS author
    FROM unit u LEFT JOIN "user" usr ON usr.id = u.author_id
    WHERE u.id = ${unitId} FOR UPDATE OF u`;
  if (!unit) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone", unitId });
  return unit;
}

/** Refuses a write based on a stale read; the details carry the current text to choose from. */
export function assertUnitVersion(unit: LockedUnitRow, expected: number, unitId: number): void {
  if (unit.version === expected) return;
  throw new AppError("CONFLICT", `Unit ${unitId} was changed by ${unit.author ?? "someone else"} since you loaded it.`, {
    reason: "versionConflict",
    unitId,
    current: { english: unit.english, version: unit.version, status: unit.status, author: unit.author },
  });
}
