import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { loadMembership } from "@/features/projects/data";
import { mayInvite } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { invitationExpiry, type SignUpMode } from "@/lib/invitations/rules";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { claimInvitation, hashInvitationToken, newInvitationToken, SIGN_UP_SETTING_KEY } from "@/lib/server/invitations";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { CreateInvitationInput } from "./schema";
import type { CreatedInvitation } from "./types";

/** Who acts: the account and its global role (the project role is read inside the transaction). */
export interface Inviter {
  id: string | null;
  role: Role;
}

function projectNotFound(projectId: string): AppError {
  return new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
}

/**
 * Locks the project's row against membership changes (they take it FOR UPDATE) and asks the policy again
 * with the role the person holds now: a manager removed since the page loaded cannot invite. The CLI
 * (id null) is the operator.
 */
async function assertMayInviteNow(tx: Tx, projectId: string, actor: Inviter, role: ProjectRole): Promise<void> {
  const [project] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM project WHERE id = ${projectId} FOR SHARE`;
  if (!project) throw projectNotFound(projectId);
  if (actor.id === null) return;
  const membership = await loadMembership(projectId, actor.id, tx);
  if (membership === null && actor.role !== "admin") throw projectNotFound(projectId);
  if (!mayInvite(actor.role, membership, role)) {
    throw new AppError("FORBIDDEN", "Only the project's managers and administrators can invite people to it.", {
      reason: "managerOnly",
      action: "invite",
    });
  }
}

/** Creates an invitation; the token is returned once (only its hash is stored). */
export async function createInvitation(input: CreateInvitationInput, actor: Inviter): Promise<CreatedInvitation> {
  const token = newInvitationToken();
  return prisma.$transaction(async (tx) => {
    await assertMayInviteNow(tx, input.projectId, actor, input.role);
    const [{ now }] = await tx.$queryRaw<{ now: Date }[]>`SELECT now() AS now`;
    const invitation = await tx.invitation.create({
      data: {
        projectId: input.projectId,
        role: input.role,
        email: input.email,
        tokenHash: hashInvitationToken(token),
        createdById: actor.id,
        createdAt: now,
        expiresAt: invitationExpiry(now, input.days),
      },
      select: { id: true, expiresAt: true },
    });
    await recordAudit(tx, {
      userId: actor.id,
      action: "invitation.create",
      details: { projectId: input.projectId, invitationId: invitation.id, role: input.role, days: input.days, bound: input.email !== null },
    });
    return { id: invitation.id, token, expiresAt: invitation.expiresAt.toISOString() };
  });
}

/**
 * Withdraws an invitation that has not been used. One of another project is "not found"; a used one
 * cannot be withdrawn (its person is a member now: remove them instead); withdrawing twice changes nothing.
 */
export async function revokeInvitation(projectId: string, invitationId: string, actor: Inviter): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await tx.invitation.findFirst({
      where: { id: invitationId, projectId },
      select: { role: true, usedAt: true, revokedAt: true },
    });
    await assertMayInviteNow(tx, projectId, actor, row?.role ?? "translator");
    if (!row) throw new AppError("NOT_FOUND", `No invitation with id ${invitationId}.`, { reason: "notFound" });
    if (row.usedAt) throw new AppError("GONE", "This invitation has already been used.", { reason: "invitationUsed" });
    if (row.revokedAt) return;
    await tx.invitation.updateMany({
      where: { id: invitationId, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: actor.id },
    });
    await recordAudit(tx, { userId: actor.id, action: "invitation.revoke", details: { projectId, invitationId } });
  });
}

/**
 * A signed-in person accepts an invitation: the claim (the same atomic UPDATE as at sign-up, bound email
 * included) and the membership commit together. Someone who is a member already keeps their role and the
 * link stays usable for someone else (alreadyMember; the claim is rolled back).
 */
export async function acceptInvitation(token: string, user: { id: string; email: string }): Promise<{ projectId: string }> {
  return prisma.$transaction(async (tx) => {
    const claimed = await claimInvitation(token, user.email, user.id, tx);
    if ((await loadMembership(claimed.projectId, user.id, tx)) !== null) {
      throw new AppError("CONFLICT", "You are a member of this project already.", { reason: "alreadyMember" });
    }
    await tx.projectMember.create({ data: { projectId: claimed.projectId, userId: user.id, role: claimed.role } });
    await recordAudit(tx, {
      userId: user.id,
      action: "invitation.accept",
      details: { projectId: claimed.projectId, invitationId: claimed.id, role: claimed.role },
    });
    return { projectId: claimed.projectId };
  });
}

/** The installation's sign-up setting (admins; the CLI with a null actor). */
export async function saveSignUpMode(mode: SignUpMode, actorId: string | null): Promise<{ mode: SignUpMode }> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO instance_setting (key, value, updated_by_id, updated_at)
      VALUES (${SIGN_UP_SETTING_KEY}, ${JSON.stringify(mode)}::jsonb, ${actorId}, now())
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`;
    await recordAudit(tx, { userId: actorId, action: "settings.signup", details: { mode } });
  });
  return { mode };
}
