import { z } from "zod";
import { projectRoles } from "@/lib/projects/choose-project";
import { entityId, singleLine } from "@/lib/validation";

export const MAX_PROJECT_NAME_LENGTH = 120;

export const projectNameInput = z.object({
  name: singleLine(MAX_PROJECT_NAME_LENGTH, { min: 1, error: "projectNameRequired" }),
});

export const memberInput = z.object({
  projectId: entityId,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "invalidEmail" })),
  role: z.enum(projectRoles),
});

export const removeMemberInput = z.object({ projectId: entityId, userId: entityId });

const day = z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "invalidDate" })]);

/**
 * A document's assignment as the manager sets it, with the assignment they saw (`seen`), so that a
 * concurrent change is refused rather than overwritten. The due day is a calendar day in the manager's
 * time zone (the browser's), stored as the instant that day ends there.
 */
export const assignInput = z.object({
  documentId: entityId,
  translatorId: entityId.nullable(),
  reviewerId: entityId.nullable(),
  dueDay: day,
  timeZone: z.string().min(1).max(64),
  seen: z.object({
    translatorId: entityId.nullable(),
    reviewerId: entityId.nullable(),
    dueDate: z.iso.datetime().nullable(),
  }),
});
export type AssignInput = z.infer<typeof assignInput>;
