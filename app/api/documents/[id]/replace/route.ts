import { accessDocument } from "@/features/projects/data";
import { applyReplace } from "@/features/replace/mutations";
import { replaceApply } from "@/features/replace/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST { find, replace, matchCase?, wholeWord?, includeApproved?, units: [{ id, version }] } → replaces
 * in the units of the preview still at those versions, in one transaction with one undo entry; units
 * changed since are listed in `conflicts`, not overwritten. The role is the one in the document's project.
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  // The wrapper has answered 404 to an id that could name no document.
  const { id } = await params;
  const user = await accessDocument(await requireUser(), id);
  return Response.json(await applyReplace(id, await readJson(request, replaceApply), user));
});
