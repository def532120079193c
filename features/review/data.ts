import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { type AuditLookups, referencedIds } from "@/lib/audit/describe";
import type { UnitStatus } from "@/lib/editor/status";
import { prisma } from "@/lib/server/prisma";

import type { CommentView } from "./types";

export async function loadComments(unitId: number): Promise<CommentView[]> {
  const rows = await prisma.$queryRaw<(Omit<CommentView, "createdAt"> & { createdAt: Date })[]>`
    SELECT c.id, c.parent_id AS "parentId", c.kind, c.body, c.resolved, coalesce(usr.name, '?') AS author, c.created_at AS "createdAt"
    FROM comment c LEFT JOIN "user" usr ON usr.id = c.author_id
    WHERE c.unit_id = ${unitId} ORDER BY c.id`;
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

/** The English as last approved or rejected (what the reviewer saw), for the review diff. */
export async function loadReviewBaseline(unitId: number): Promise<{ english: string; status: UnitStatus; version: number } | null> {
  const rows = await prisma.$queryRaw<{ english: string; status: UnitStatus; version: number }[]>`
    SELECT english, status::text AS status, version FROM unit_version
    WHERE unit_id = ${unitId} AND status IN ('approved', 'rejected')
    ORDER BY id DESC LIMIT 1`;
  return rows[0] ?? null;
}

export interface AuditRow {
  id: number;
  at: string;
  user: string | null;
  documentId: string | null;
  documentTitle: string | null;
  unitId: number | null;
  /** The unit's number as the editor shows it now (its place in the document); null once the unit is gone. */
  unitNumber: number | null;
  action: string;
  details: unknown;
}

/**
 * The audit log, newest first. `projectIds` are the projects the reader belongs to (null: an administrator,
 * everything): a row counts as a project's when its document is in it, or (no document: glossary, project
 * changes) when its details name the project.
 */
export async function loadAuditLog(
  query: { documentId?: string; userId?: string; before?: number },
  projectIds: string[] | null,
  limit = 200,
): Promise<AuditRow[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (projectIds) {
    conditions.push(Prisma.sql`(d.project_id = ANY(${projectIds}::text[])
      OR (d.id IS NULL AND a.details->>'projectId' = ANY(${projectIds}::text[])))`);
  }
  if (query.documentId) conditions.push(Prisma.sql`a.document_id = ${query.documentId}`);
  if (query.userId) conditions.push(Prisma.sql`a.user_id = ${query.userId}`);
  if (query.before) conditions.push(Prisma.sql`a.id < ${query.before}`);
  const rows = await prisma.$queryRaw<(Omit<AuditRow, "at" | "id"> & { at: Date; id: bigint })[]>`
    SELECT a.id, a.at, coalesce(usr.email, a.user_id) AS user, a.document_id AS "documentId", d.title AS "documentTitle",
           a.unit_id AS "unitId", a.action, a.details,
           CASE WHEN un.id IS NULL THEN NULL ELSE (
             SELECT count(*)::int FROM unit u2 WHERE u2.document_id = un.document_id AND u2.first_sentence <= un.first_sentence
           ) END AS "unitNumber"
    FROM audit_log a LEFT JOIN "user" usr ON usr.id = a.user_id LEFT JOIN document d ON d.id = a.document_id
      LEFT JOIN unit un ON un.id = a.unit_id
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY a.id DESC LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, id: Number(r.id), at: r.at.toISOString() }));
}

/** The current numbers of the units, and the emails of the accounts, that audit details refer to by id. */
export async function loadAuditLookups(rows: AuditRow[]): Promise<AuditLookups> {
  const refs = rows.map((r) => referencedIds(r.details));
  const unitIds = [...new Set(refs.flatMap((r) => r.units))];
  const userIds = [...new Set(refs.flatMap((r) => r.users))];
  const [units, users] = await Promise.all([
    unitIds.length === 0
      ? []
      : prisma.$queryRaw<{ id: number; number: number }[]>`
          SELECT u.id, (SELECT count(*)::int FROM unit u2 WHERE u2.document_id = u.document_id AND u2.first_sentence <= u.first_sentence) AS number
          FROM unit u WHERE u.id = ANY(${unitIds}::int[])`,
    userIds.length === 0 ? [] : prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true } }),
  ]);
  return { unitNumbers: new Map(units.map((u) => [u.id, u.number])), users: new Map(users.map((u) => [u.id, u.email])) };
}

/** The documents and people to filter by: those of the reader's projects (null: an administrator, all). */
export async function loadAuditFilters(projectIds: string[] | null) {
  const [documents, users] = await Promise.all([
    prisma.document.findMany({
      where: projectIds ? { projectId: { in: projectIds } } : undefined,
      select: { id: true, title: true },
      orderBy: { title: "asc" },
      take: 500,
    }),
    prisma.user.findMany({
      where: projectIds ? { memberships: { some: { projectId: { in: projectIds } } } } : undefined,
      select: { id: true, email: true },
      orderBy: { email: "asc" },
    }),
  ]);
  return { documents, users };
}
