"use server";

import { accessProject, assertMayInProject } from "@/features/projects/data";
import { safeAction } from "@/lib/server/safe-action";
import { loadProjectQaSettings } from "./data";
import { saveProjectQaSettings, saveQaSettings } from "./mutations";
import { projectQaSettingsActionInput, qaSettingsInput } from "./schema";

/** The instance's QA settings: admins only (the same rule as PUT /api/settings/qa). */
export const saveQaSettingsAction = safeAction({ input: qaSettingsInput, roles: ["admin"] }, async (input, user) =>
  saveQaSettings(input, user),
);

/** A project's QA setting: its managers and administrators (a non-member is told the project does not exist). */
export const saveProjectQaSettingsAction = safeAction({ input: projectQaSettingsActionInput }, async (input, user) => {
  assertMayInProject(await accessProject(user, input.projectId), "manage-settings");
  await saveProjectQaSettings(input.projectId, input.blockApproval, user);
  return loadProjectQaSettings(input.projectId);
});
