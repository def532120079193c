import "server-only";
import { Prisma } from "@/generated/prisma/client";
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
  action: string;
  details: unknown;
}

export async function loadAuditLog(query: { documentId?: string; userId?: string; before?: number }, limit = 200): Promise<AuditRow[]> {
  const conditions: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (query.documentId) conditions.push(Prisma.sql`a.document_id = ${query.documentId}`);
  if (query.userId) conditions.push(Prisma.sql`a.user_id = ${query.userId}`);
  if (query.before) conditions.push(Prisma.sql`a.id < ${query.before}`);
  const rows = await prisma.$queryRaw<(Omit<AuditRow, "at" | "id"> & { at: Date; id: bigint })[]>`
    SELECT a.id, a.at, coalesce(usr.email, a.user_id) AS user, a.document_id AS "documentId", d.title AS "documentTitle",
           a.unit_id AS "unitId", a.action, a.details
    FROM audit_log a LEFT JOIN "user" usr ON usr.id = a.user_id LEFT JOIN document d ON d.id = a.document_id
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY a.id DESC LIMIT ${limit}`;
  return rows.map((r) => ({ ...r, id: Number(r.id), at: r.at.toISOString() }));
}

export async function loadAuditFilters() {
  const [documents, users] = await Promise.all([
    prisma.document.findMany({ select: { id: true, title: true }, orderBy: { title: "asc" }, take: 500 }),
    prisma.user.findMany({ select: { id: true, email: true }, orderBy: { email: "asc" } }),
  ]);
  return { documents, users };
}
