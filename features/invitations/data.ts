import "server-only";
import { invitationRefusal } from "@/lib/invitations/rules";
import { findInvitationByToken, loadSignUpMode } from "@/lib/server/invitations";
import { prisma } from "@/lib/server/prisma";
import type { InvitationPreview, OpenInvitation } from "./types";

export { loadSignUpMode };

/** A project's invitations that can still be used, newest first. */
export async function loadOpenInvitations(projectId: string): Promise<OpenInvitation[]> {
  const rows = await prisma.invitation.findMany({
    where: { projectId, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, role: true, email: true, createdAt: true, expiresAt: true, createdBy: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, createdBy: r.createdBy?.name ?? null }));
}

/**
 * What a link says before it is used: why it cannot be (unknown, used, withdrawn, expired) or the project
 * and role it leads to. The project's name is shown only for a link that can still be used.
 */
export async function loadInvitationPreview(token: string): Promise<InvitationPreview> {
  const invitation = await findInvitationByToken(token);
  const refusal = invitationRefusal(invitation, new Date());
  if (!invitation || refusal) return { refusal, projectId: null, projectName: null, role: null, email: null };
  const project = await prisma.project.findUnique({ where: { id: invitation.projectId }, select: { name: true } });
  return {
    refusal: null,
    projectId: invitation.projectId,
    projectName: project?.name ?? null,
    role: invitation.role,
    email: invitation.email,
  };
}
