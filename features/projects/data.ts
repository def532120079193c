import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ProjectRole as DbProjectRole } from "@/generated/prisma/enums";
import { batchCalls } from "@/lib/batch/batch-calls";
import { mayInProject, type ProjectAction, projectActor } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { chooseProject, type ProjectChoice, type ProjectRole } from "@/lib/projects/choose-project";
import type { AssignedDocument } from "@/lib/projects/progress";
import { type Agree, prisma, type Same, type Tx } from "@/lib/server/prisma";
import { type CurrentUser, requireUser, requireUserWith } from "@/lib/server/session";
import { findStreamSessions } from "@/lib/server/session-lookup";

/** schema.prisma's ProjectRole and the one TypeScript list of it (lib/projects) name the same values. */
export type ProjectRoleAgrees = Agree<Same<DbProjectRole, ProjectRole>>;

export interface MyProject extends ProjectChoice {
  /** The caller's role in it; null for an administrator who sees the project without being a member. */
  role: ProjectRole | null;
}

/**
 * The projects a person works in, by name: an administrator sees every project (the global role is for
 * administering the installation), anyone else the ones they are a member of. Read per request, never
 * cached in the session, so a removed member loses the project at their next request.
 */
export async function loadMyProjects(user: { id: string; role: Role }): Promise<MyProject[]> {
  if (user.role === "admin") {
    const rows = await prisma.project.findMany({
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, members: { where: { userId: user.id }, select: { role: true } } },
    });
    return rows.map((p) => ({ id: p.id, name: p.name, role: p.members[0]?.role ?? null }));
  }
  const rows = await prisma.projectMember.findMany({
    where: { userId: user.id },
    orderBy: [{ project: { name: "asc" } }, { projectId: "asc" }],
    select: { role: true, project: { select: { id: true, name: true } } },
  });
  return rows.map((m) => ({ id: m.project.id, name: m.project.name, role: m.role }));
}

/** Every project, for the CLI (whoever runs it holds the database). */
export async function loadAllProjects(): Promise<ProjectChoice[]> {
  return prisma.project.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

/** The person's role in a project, or null when they are not a member (inside a transaction when given one). */
export async function loadMembership(projectId: string, userId: string, db: Tx | typeof prisma = prisma): Promise<ProjectRole | null> {
  const row = await db.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
  return row?.role ?? null;
}

/**
 * The caller as they act inside a write transaction on a document's units, asked again after the
 * transaction has locked the rows it writes: the request's check (accessUnit, accessDocument,
 * accessComment) ran before, and a member removed or demoted in between must not write with the role
 * they had. One query, taken last in Setu's lock order (document row, units, then this membership row,
 * FOR SHARE): the share lock holds back a concurrent removal or re-role until this write commits, and a
 * removal that got there first is waited for and seen. A non-member is refused as a stranger is (404);
 * a demoted member gets the policy's answer for their new role. Administrators act everywhere.
 */
export async function actorOnLockedRows(
  tx: Tx,
  documentId: string,
  user: CurrentUser,
  refusedAs: [what: string, id: string | number] = ["document", documentId],
): Promise<CurrentUser> {
  // A ScopedUser carries its account's role beside the project role it acted with; a plain user is its account.
  const globalRole = (user as Partial<ScopedUser>).globalRole ?? user.role;
  if (globalRole === "admin") return { ...user, role: "admin" };
  const rows = await tx.$queryRaw<{ role: ProjectRole }[]>`
    SELECT m.role::text AS role FROM project_member m
    WHERE m.user_id = ${user.id} AND m.project_id = (SELECT d.project_id FROM document d WHERE d.id = ${documentId})
    FOR SHARE OF m`;
  const actor = projectActor(globalRole, rows[0]?.role ?? null);
  if (actor === null) throw notFound(...refusedAs);
  return { ...user, role: actor };
}

/**
 * The project a new document or import of this person goes into: the one they chose (id or name), or
 * their only project; otherwise an error naming the projects they can choose from (lib/projects).
 */
export async function resolveProjectFor(user: { id: string; role: Role }, requested?: string | null): Promise<string> {
  return chooseProject(await loadMyProjects(user), requested);
}

/** The same for the CLI: any project of the installation. */
export async function resolveProjectForCli(requested?: string | null): Promise<string> {
  return chooseProject(await loadAllProjects(), requested);
}

/**
 * A signed-in person as they act on one project's things: `role` is what the unit policy sees there
 * (projectActor: an administrator everywhere, a member with their project role), so it can be handed to
 * the mutations as the user; `projectRole` is the membership itself (null for an administrator who is not
 * a member), for the project cells (mayInProject).
 */
export type ScopedUser = CurrentUser & { projectId: string; projectRole: ProjectRole | null; globalRole: Role };

function notFound(what: string, id: string | number): AppError {
  // The same words whether the thing does not exist or belongs to a project the person is not in.
  return new AppError("NOT_FOUND", `No ${what} with id ${id}.`, { reason: "notFound" });
}

function scoped(user: CurrentUser, projectId: string, projectRole: ProjectRole | null): ScopedUser | null {
  const actor = projectActor(user.role, projectRole);
  if (actor === null) return null;
  return { ...user, role: actor, projectId, projectRole, globalRole: user.role };
}

/**
 * Membership is read from the database on every request (never from the session), so a member who was
 * removed loses the project at their next request.
 */
async function scopeBy(user: CurrentUser, rows: { projectId: string; role: ProjectRole | null }[]): Promise<ScopedUser | null> {
  const row = rows[0];
  return row ? scoped(user, row.projectId, row.role) : null;
}

/** The project of a document and the person's membership of it (one row, or none when there is no such document). */
const documentAccess = (documentId: string, userId: Prisma.Sql) => Prisma.sql`
  SELECT d.project_id AS "projectId", m.role::text AS role
  FROM document d LEFT JOIN project_member m ON m.project_id = d.project_id AND m.user_id = ${userId}
  WHERE d.id = ${documentId}`;

/**
 * The project of a unit and the person's membership of it; a unit that is gone (merged away) by where
 * unit_tombstone remembers it was.
 */
const unitAccess = (unitId: number, userId: Prisma.Sql) => Prisma.sql`
  SELECT d.project_id AS "projectId", m.role::text AS role
  FROM (SELECT document_id FROM unit WHERE id = ${unitId}
        UNION ALL
        SELECT document_id FROM unit_tombstone
        WHERE unit_id = ${unitId} AND NOT EXISTS (SELECT 1 FROM unit WHERE id = ${unitId})) u
  JOIN document d ON d.id = u.document_id
  LEFT JOIN project_member m ON m.project_id = d.project_id AND m.user_id = ${userId}`;

type AccessRow = { projectId: string; role: ProjectRole | null };

/** The person as they act on a document: 404 when it does not exist or is in a project they are not in. */
export async function accessDocument(user: CurrentUser, documentId: string): Promise<ScopedUser> {
  const found = await findDocumentAccess(user, documentId);
  if (!found) throw notFound("document", documentId);
  return found;
}

/** The same without throwing, for pages (notFound()). */
export async function findDocumentAccess(user: CurrentUser, documentId: string): Promise<ScopedUser | null> {
  if (!isEntityId(documentId)) return null;
  return scopeBy(user, await prisma.$queryRaw<AccessRow[]>(documentAccess(documentId, Prisma.sql`${user.id}`)));
}

/**
 * For a live stream, before each delivery and at each keep-alive: the session the stream was opened with
 * is still valid for that user (a sign-out or a deleted session ends the stream) and they still reach the
 * document with their role as it is now. The checks of one document asked in the same turn (a ring asks
 * every stream of its room at once, lib/server/live-fanout.ts) are one query (#20).
 */
export async function streamStillAllowed(requestHeaders: Headers, user: CurrentUser, documentId: string): Promise<boolean> {
  if (!isEntityId(documentId)) return false;
  return checkStream(documentId, { headers: requestHeaders, user });
}

const checkStream = batchCalls<{ headers: Headers; user: CurrentUser }, boolean>(async (documentId, streams) => {
  const found = await findStreamSessions<AccessRow>(
    streams.map((s) => ({ headers: s.headers, userId: s.user.id })),
    (userId) => documentAccess(documentId, userId),
  );
  return streams.map((s, i) => {
    const row = found[i];
    return !!row?.scoped && scoped({ ...s.user, role: row.role }, row.scoped.projectId, row.scoped.role) !== null;
  });
});

/**
 * accessDocument for the signed-in user of the request, read in the same query as their session (the
 * editor's presence, changes and live routes): 401 without a session, then 404 as accessDocument.
 */
export async function requireDocumentAccess(documentId: string): Promise<ScopedUser> {
  if (!isEntityId(documentId)) {
    await requireUser();
    throw notFound("document", documentId);
  }
  const { user, scoped: row } = await requireUserWith<AccessRow>((userId) => documentAccess(documentId, userId));
  const found = row ? scoped(user, row.projectId, row.role) : null;
  if (!found) throw notFound("document", documentId);
  return found;
}

/**
 * The person as they act on a unit: 404 when the unit is in a project they are not in, or never was. A unit
 * that is gone (merged away) is left to the caller, which answers 410 unitGone — but only to the people of its
 * project (unit_tombstone remembers where it was): to anyone else a gone id and an id that never was look the same.
 */
export async function accessUnit(user: CurrentUser, unitId: number): Promise<CurrentUser> {
  const found = await scopeBy(user, await prisma.$queryRaw<AccessRow[]>(unitAccess(unitId, Prisma.sql`${user.id}`)));
  if (!found) throw notFound("unit", unitId);
  return found;
}

/** accessUnit for the signed-in user of the request, in the same query as their session (a save): 401, then 404. */
export async function requireUnitAccess(unitId: number): Promise<ScopedUser> {
  const { user, scoped: row } = await requireUserWith<AccessRow>((userId) => unitAccess(unitId, userId));
  const found = row ? scoped(user, row.projectId, row.role) : null;
  if (!found) throw notFound("unit", unitId);
  return found;
}

/** The person as they act on a comment: 404 when it does not exist or is in another project. */
export async function accessComment(user: CurrentUser, commentId: number): Promise<ScopedUser> {
  const found = await scopeBy(
    user,
    await prisma.$queryRaw<{ projectId: string; role: ProjectRole | null }[]>`
      SELECT d.project_id AS "projectId", m.role::text AS role
      FROM comment c JOIN unit u ON u.id = c.unit_id JOIN document d ON d.id = u.document_id
      LEFT JOIN project_member m ON m.project_id = d.project_id AND m.user_id = ${user.id}
      WHERE c.id = ${commentId}`,
  );
  if (!found) throw notFound("comment", commentId);
  return found;
}

/** The person as they act on a glossary entry: 404 when it does not exist or is in another project. */
export async function accessGlossaryEntry(user: CurrentUser, entryId: string): Promise<ScopedUser> {
  const found = await scopeBy(
    user,
    await prisma.$queryRaw<{ projectId: string; role: ProjectRole | null }[]>`
      SELECT e.project_id AS "projectId", m.role::text AS role
      FROM glossary_entry e LEFT JOIN project_member m ON m.project_id = e.project_id AND m.user_id = ${user.id}
      WHERE e.id = ${entryId}`,
  );
  if (!found) throw new AppError("NOT_FOUND", "This glossary entry no longer exists.", { reason: "notFound" });
  return found;
}

/** The person as they act on a project: 404 when it does not exist or they are not a member. */
export async function accessProject(user: CurrentUser, projectId: string): Promise<ScopedUser> {
  const found = await scopeBy(
    user,
    await prisma.$queryRaw<{ projectId: string; role: ProjectRole | null }[]>`
      SELECT p.id AS "projectId", m.role::text AS role
      FROM project p LEFT JOIN project_member m ON m.project_id = p.id AND m.user_id = ${user.id}
      WHERE p.id = ${projectId}`,
  );
  if (!found) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
  return found;
}

/** Refuses a project action the person may not do (403: they are a member, so the project is no secret). */
export function assertMayInProject(user: ScopedUser, action: ProjectAction): void {
  if (!mayInProject(user.globalRole, user.projectRole, action)) {
    throw new AppError("FORBIDDEN", `Your role in this project does not allow this (${action}).`, {
      reason: action === "edit-glossary" ? "reviewerOnly" : "managerOnly",
      action,
    });
  }
}

/**
 * The projects whose things a person may see, for lists: null for an administrator (everything),
 * else the ids of their memberships (with one of `roles`, when given; possibly none).
 */
export async function visibleProjectIds(user: { id: string; role: Role }, roles?: ProjectRole[]): Promise<string[] | null> {
  if (user.role === "admin") return null;
  const rows = await prisma.projectMember.findMany({
    where: { userId: user.id, ...(roles ? { role: { in: roles } } : {}) },
    select: { projectId: true },
  });
  return rows.map((r) => r.projectId);
}

export interface ProjectMemberRow {
  userId: string;
  name: string;
  email: string;
  role: ProjectRole;
}

/** A project's members, managers first. */
export async function loadProjectMembers(projectId: string): Promise<ProjectMemberRow[]> {
  const rows = await prisma.projectMember.findMany({
    where: { projectId },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
  });
  const order: Record<ProjectRole, number> = { manager: 0, reviewer: 1, translator: 2 };
  return rows
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, role: m.role }))
    .sort((a, b) => order[a.role] - order[b.role] || a.email.localeCompare(b.email));
}

export interface AssignedDocumentRow extends AssignedDocument {
  title: string;
  projectId: string;
  projectName: string;
  translatorName: string | null;
  reviewerName: string | null;
}

/**
 * Documents with their assignment and progress in words: a unit's words are those of the Hindi
 * sentences it covers (whitespace-separated), counted as translated once the unit is translated or
 * approved and as approved once approved. One query, set-based over the units.
 */
async function loadAssigned(where: Prisma.Sql): Promise<AssignedDocumentRow[]> {
  return prisma.$queryRaw<AssignedDocumentRow[]>`
    SELECT d.id, d.title, d.project_id AS "projectId", p.name AS "projectName",
           d.translator_id AS "translatorId", t.name AS "translatorName",
           d.reviewer_id AS "reviewerId", r.name AS "reviewerName", d.due_date AS "dueDate",
           coalesce(w.words, 0)::int AS words, coalesce(w.translated, 0)::int AS "wordsTranslated",
           coalesce(w.approved, 0)::int AS "wordsApproved"
    FROM document d JOIN project p ON p.id = d.project_id
      LEFT JOIN "user" t ON t.id = d.translator_id LEFT JOIN "user" r ON r.id = d.reviewer_id
      LEFT JOIN LATERAL (
        SELECT sum(sw.n) AS words,
               sum(sw.n) FILTER (WHERE u.status IN ('translated', 'approved')) AS translated,
               sum(sw.n) FILTER (WHERE u.status = 'approved') AS approved
        FROM sentence s
          JOIN unit u ON u.document_id = s.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence
          CROSS JOIN LATERAL (SELECT coalesce(array_length(regexp_split_to_array(btrim(s.text), '\\s+'), 1), 0) AS n) sw
        WHERE s.document_id = d.id
      ) w ON TRUE
    WHERE ${where}
    ORDER BY d.due_date ASC NULLS LAST, lower(d.title), d.id
    LIMIT 500`;
}

export function loadProjectDocuments(projectId: string): Promise<AssignedDocumentRow[]> {
  return loadAssigned(Prisma.sql`d.project_id = ${projectId}`);
}

/** "My work": what is assigned to me, in the projects I am still a member of. */
export function loadMyWork(userId: string): Promise<AssignedDocumentRow[]> {
  return loadAssigned(Prisma.sql`(d.translator_id = ${userId} OR d.reviewer_id = ${userId})
    AND EXISTS (SELECT 1 FROM project_member m WHERE m.project_id = d.project_id AND m.user_id = ${userId})`);
}

/** The person as they see a project page: null when it does not exist or they are not in it. */
export async function findProjectAccess(user: CurrentUser, projectId: string): Promise<(ScopedUser & { projectName: string }) | null> {
  if (!isEntityId(projectId)) return null;
  const rows = await prisma.$queryRaw<{ projectId: string; name: string; role: ProjectRole | null }[]>`
    SELECT p.id AS "projectId", p.name, m.role::text AS role
    FROM project p LEFT JOIN project_member m ON m.project_id = p.id AND m.user_id = ${user.id}
    WHERE p.id = ${projectId}`;
  const found = rows[0] ? scoped(user, rows[0].projectId, rows[0].role) : null;
  return found && { ...found, projectName: rows[0].name };
}

/** Every project with its number of members, for `setu project list`. */
export async function loadProjectsWithCounts(): Promise<{ id: string; name: string; members: number }[]> {
  const rows = await prisma.project.findMany({
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, _count: { select: { members: true } } },
  });
  return rows.map((p) => ({ id: p.id, name: p.name, members: p._count.members }));
}
