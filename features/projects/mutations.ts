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
