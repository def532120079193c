"use server";

import { accessProject } from "@/features/projects/data";
import { safeAction } from "@/lib/server/safe-action";
import { acceptInvitation, createInvitation, revokeInvitation, saveSignUpMode } from "./mutations";
import { acceptInvitationInput, createInvitationInput, revokeInvitationInput, signUpModeInput } from "./schema";

/**
 * A project's managers and administrators invite (mayInvite, asked again inside the transaction); anyone
 * else who is not a member is told the project does not exist.
 */
export const createInvitationAction = safeAction({ input: createInvitationInput }, async (input, user) => {
  await accessProject(user, input.projectId);
  return createInvitation(input, { id: user.id, role: user.role });
});

export const revokeInvitationAction = safeAction({ input: revokeInvitationInput }, async (input, user) => {
  await accessProject(user, input.projectId);
  await revokeInvitation(input.projectId, input.invitationId, { id: user.id, role: user.role });
  return null;
});

/** A signed-in person joins the project of a link they hold. */
export const acceptInvitationAction = safeAction({ input: acceptInvitationInput }, async (input, user) =>
  acceptInvitation(input.token, user),
);

/** Open sign-up or invitation only: administrators (the same rule as PUT /api/settings/signup). */
export const saveSignUpModeAction = safeAction({ input: signUpModeInput, roles: ["admin"] }, async (input, user) =>
  saveSignUpMode(input.mode, user.id),
);
