import { accessDocument } from "@/features/projects/data";
import { previewReplace } from "@/features/replace/data";
import { replaceQuery } from "@/features/replace/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST { find, replace, matchCase?, wholeWord?, includeApproved? } → every unit a replace-all would
 * change (before and after) and those it would leave alone, with why. Changes nothing (POST because
 * the query is a body, not a URL: find texts can be long and private).
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  // The wrapper has answered 404 to an id that could name no document.
  const { id } = await params;
  const user = await accessDocument(await requireUser(), id);
  return Response.json(await previewReplace(id, await readJson(request, replaceQuery), user));
});
