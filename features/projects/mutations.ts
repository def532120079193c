import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { prisma } from "@/lib/server/prisma";

function nameTaken(name: string): AppError {
  return new AppError("CONFLICT", `A project named "${name}" already exists.`, { reason: "projectNameTaken", name });
}

/** Creates a project; its creator (when there is one: not for the CLI) becomes its manager. */
export async function createProject(name: string, creatorId: string | null): Promise<{ id: string }> {
  try {
    return await prisma.$transaction(async (tx) => {
      const project = await tx.project.create({ data: { name }, select: { id: true } });
      if (creatorId) await tx.projectMember.create({ data: { projectId: project.id, userId: creatorId, role: "manager" } });
      await recordAudit(tx, { userId: creatorId, action: "project.create", details: { projectId: project.id, name } });
      return project;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken(name);
    throw error;
  }
}

/** Adds a member, or changes the role of one who is already a member. */
export async function setMember(projectId: string, userId: string, role: ProjectRole, actorId: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: projectId }, select: { id: true } });
    if (!project) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", `No user with id ${userId}.`, { reason: "userNotFound" });
    await tx.projectMember.upsert({
      where: { projectId_userId: { projectId, userId } },
      create: { projectId, userId, role },
      update: { role },
    });
    await recordAudit(tx, { userId: actorId, action: "project.member", details: { projectId, target: userId, role } });
  });
}

function lastManager(): AppError {
  return new AppError("CONFLICT", "A project needs a manager: the last manager cannot leave or stop managing it.", {
    reason: "lastManager",
  });
}

/**
 * Adds a member by email, or changes the role of one who is already a member. The last manager of a
 * project cannot be made something else (a project always has someone who can manage it).
 */
export async function setMemberByEmail(
  projectId: string,
  email: string,
  role: ProjectRole,
  actorId: string | null,
): Promise<{ userId: string }> {
  return prisma.$transaction(async (tx) => {
    // The project row's lock serialises membership changes of one project (the last-manager rule).
    const [project] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM project WHERE id = ${projectId} FOR UPDATE`;
    if (!project) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
    const user = await tx.user.findUnique({ where: { email }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", `No account with the email ${email}.`, { reason: "noSuchAccount", email });
    const current = await tx.projectMember.findUnique({
      where: { projectId_userId: { projectId, userId: user.id } },
      select: { role: true },
    });
    if (current?.role === role) return { userId: user.id };
    if (current?.role === "manager") {
      const managers = await tx.projectMember.count({ where: { projectId, role: "manager" } });
      if (managers <= 1) throw lastManager();
    }
    await tx.projectMember.upsert({
      where: { projectId_userId: { projectId, userId: user.id } },
      create: { projectId, userId: user.id, role },
      update: { role },
    });
    await recordAudit(tx, { userId: actorId, action: "project.member", details: { projectId, target: user.id, role } });
    return { userId: user.id };
  });
}

/**
 * Removes a member. The last manager cannot be removed (not by themselves, not by anyone), and a removed
 * member's assignments in the project are cleared with them.
 */
export async function removeMember(projectId: string, userId: string, actorId: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const [project] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM project WHERE id = ${projectId} FOR UPDATE`;
    if (!project) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
    const current = await tx.projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
    if (!current) throw new AppError("NOT_FOUND", "This person is not a member of the project.", { reason: "notFound" });
    if (current.role === "manager") {
      const managers = await tx.projectMember.count({ where: { projectId, role: "manager" } });
      if (managers <= 1) throw lastManager();
    }
    // Documents before the membership row, as the unit writes lock them (document, units, then the caller's
    // membership: features/projects/data actorOnLockedRows), so a removal and a write never wait in a circle.
    await tx.document.updateMany({ where: { projectId, translatorId: userId }, data: { translatorId: null } });
    await tx.document.updateMany({ where: { projectId, reviewerId: userId }, data: { reviewerId: null } });
    await tx.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });
    await recordAudit(tx, { userId: actorId, action: "project.member", details: { projectId, target: userId, role: null } });
  });
}

/**
 * Assigns a document: a translator and a reviewer who are members of its project (the reviewer one who
 * may review there), and a due date. Refused with staleAssignment when the assignment changed since the
 * manager saw it (checked on the locked row), so two managers never overwrite each other unseen.
 */
export async function assignDocument(
  input: { documentId: string; translatorId: string | null; reviewerId: string | null; dueDate: Date | null },
  seen: { translatorId: string | null; reviewerId: string | null; dueDate: Date | null },
  actorId: string | null,
): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const [doc] = await tx.$queryRaw<{ projectId: string; translatorId: string | null; reviewerId: string | null; dueDate: Date | null }[]>`
      SELECT project_id AS "projectId", translator_id AS "translatorId", reviewer_id AS "reviewerId", due_date AS "dueDate"
      FROM document WHERE id = ${input.documentId} FOR UPDATE`;
    if (!doc) throw new AppError("NOT_FOUND", `No document with id ${input.documentId}.`, { reason: "notFound" });
    if (
      doc.translatorId !== seen.translatorId ||
      doc.reviewerId !== seen.reviewerId ||
      (doc.dueDate?.getTime() ?? null) !== (seen.dueDate?.getTime() ?? null)
    ) {
      throw new AppError("CONFLICT", "Someone else changed this assignment in the meantime; reload and try again.", {
        reason: "staleAssignment",
      });
    }
    const ids = [input.translatorId, input.reviewerId].filter((id): id is string => id !== null);
    const members = await tx.projectMember.findMany({
      where: { projectId: doc.projectId, userId: { in: ids } },
      select: { userId: true, role: true },
    });
    const roleOf = new Map(members.map((m) => [m.userId, m.role]));
    if (input.translatorId && !roleOf.has(input.translatorId)) {
      throw new AppError("BAD_INPUT", "The translator must be a member of the project.", { reason: "notAMember" });
    }
    if (input.reviewerId && (roleOf.get(input.reviewerId) ?? "translator") === "translator") {
      throw new AppError("BAD_INPUT", "The reviewer must be a reviewer or manager of the project.", { reason: "notAReviewer" });
    }
    await tx.document.update({
      where: { id: input.documentId },
      data: { translatorId: input.translatorId, reviewerId: input.reviewerId, dueDate: input.dueDate },
    });
    await recordAudit(tx, {
      userId: actorId,
      action: "document.assign",
      documentId: input.documentId,
      details: { translator: input.translatorId, reviewer: input.reviewerId, due: input.dueDate?.toISOString() ?? null },
    });
  });
}
