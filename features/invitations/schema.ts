import { z } from "zod";
import { emailSchema } from "@/features/accounts/schema";
import { INVITATION_DAYS, signUpModes } from "@/lib/invitations/rules";
import { projectRoles } from "@/lib/projects/choose-project";
import { entityId } from "@/lib/validation";

/** A link into one project with one role, optionally for one email, valid for a number of whole days. */
export const createInvitationInput = z.object({
  projectId: entityId,
  role: z.enum(projectRoles),
  email: z
    .union([z.literal(""), emailSchema])
    .optional()
    .transform((email) => email || null),
  days: z.number().int().min(INVITATION_DAYS.min).max(INVITATION_DAYS.max).default(INVITATION_DAYS.default),
});
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const revokeInvitationInput = z.object({ projectId: entityId, invitationId: entityId });

/** The token from the link (its shape is checked where it is looked up: a wrong one is "unknown", not bad input). */
export const acceptInvitationInput = z.object({ token: z.string().max(200) });

export const signUpModeInput = z.object({ mode: z.enum(signUpModes) });
