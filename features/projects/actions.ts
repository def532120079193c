"use server";

import { AppError } from "@/lib/errors";
import { endOfDay, isTimeZone } from "@/lib/projects/due";
import { safeAction } from "@/lib/server/safe-action";
import { accessDocument, accessProject, assertMayInProject } from "./data";
import { assignDocument, createProject, removeMember, setMemberByEmail } from "./mutations";
import { assignInput, memberInput, projectNameInput, removeMemberInput } from "./schema";

/** Administrators create projects (and become their first manager). */
export const createProjectAction = safeAction({ input: projectNameInput, roles: ["admin"] }, async (input, user) =>
  createProject(input.name, user.id),
);

/** A project's managers (and administrators) add members and change their roles. */
export const setMemberAction = safeAction({ input: memberInput }, async (input, user) => {
  assertMayInProject(await accessProject(user, input.projectId), "manage-members");
  return setMemberByEmail(input.projectId, input.email, input.role, user.id);
});

export const removeMemberAction = safeAction({ input: removeMemberInput }, async (input, user) => {
  assertMayInProject(await accessProject(user, input.projectId), "manage-members");
  await removeMember(input.projectId, input.userId, user.id);
  return null;
});

export const assignDocumentAction = safeAction({ input: assignInput }, async (input, user) => {
  assertMayInProject(await accessDocument(user, input.documentId), "assign");
  if (!isTimeZone(input.timeZone)) throw new AppError("BAD_INPUT", `Unknown time zone ${input.timeZone}.`, { reason: "invalidDate" });
  const dueDate = input.dueDay ? endOfDay(input.dueDay, input.timeZone) : null;
  if (input.dueDay && !dueDate) throw new AppError("BAD_INPUT", `${input.dueDay} is not a day of the calendar.`, { reason: "invalidDate" });
  await assignDocument(
    { documentId: input.documentId, translatorId: input.translatorId, reviewerId: input.reviewerId, dueDate },
    { ...input.seen, dueDate: input.seen.dueDate ? new Date(input.seen.dueDate) : null },
    user.id,
  );
  return null;
});
