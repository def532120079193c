import "server-only";
import type { ProjectRole as DbProjectRole } from "@/generated/prisma/enums";
import type { Role } from "@/lib/editor/status";
import { chooseProject, type ProjectChoice, type ProjectRole } from "@/lib/projects/choose-project";
import { type Agree, prisma, type Same, type Tx } from "@/lib/server/prisma";

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
