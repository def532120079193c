import { accessProject, assertMayInProject } from "@/features/projects/data";
import { loadProjectQaSettings } from "@/features/qa/data";
import { saveProjectQaSettings } from "@/features/qa/mutations";
import { projectQaSettingsInput } from "@/features/qa/schema";
import { AppError } from "@/lib/errors";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

async function settingsOf(id: string) {
  const settings = await loadProjectQaSettings(id);
  if (!settings) throw new AppError("NOT_FOUND", `No project with id ${id}.`, { reason: "projectNotFound" });
  return settings;
}

/** GET → the project's QA settings, the instance's default and what applies (its members). */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  // The wrapper has refused ids that could name nothing (404).
  const { id } = await params;
  await accessProject(await requireUser(), id);
  return Response.json(await settingsOf(id));
});

/** PUT { blockApproval: true | false | null } → the project's managers and administrators; null follows the instance. */
export const PUT = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await requireUser();
  assertMayInProject(await accessProject(user, id), "manage-settings");
  const { blockApproval } = await readJson(request, projectQaSettingsInput);
  await saveProjectQaSettings(id, blockApproval, user);
  return Response.json(await settingsOf(id));
});
