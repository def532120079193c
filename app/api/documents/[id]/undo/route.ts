import { accessDocument } from "@/features/projects/data";
import { loadUndoTop } from "@/features/undo/data";
import { undoLast } from "@/features/undo/mutations";
import { undoInput } from "@/features/undo/schema";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

async function documentId(params: Promise<{ id: string }>): Promise<string> {
  const { id } = await params;
  if (!isEntityId(id)) throw new AppError("BAD_INPUT", `${JSON.stringify(id.slice(0, 40))} is not a document id.`, { reason: "badId" });
  return id;
}

/** GET → the newest operation the signed-in person may undo in this document ({ undo: null } when none). */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await documentId(params);
  const user = await accessDocument(await requireUser(), id);
  return Response.json({ undo: await loadUndoTop(user.id, id) });
});

/** POST { entryId } → undoes that entry, which must be the person's newest here; 409 undoStale when a unit changed since. */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const id = await documentId(params);
  const user = await accessDocument(await requireUser(), id);
  const { entryId } = await readJson(request, undoInput);
  return Response.json(await undoLast(id, entryId, user));
});
