import { heartbeat, leaveDocument } from "@/features/editor/mutations";
import { presenceInput } from "@/features/editor/schema";
import { requireDocumentAccess } from "@/features/projects/data";
import { handle, readJson } from "@/lib/server/route";

/** POST {unitId} every few seconds while the editor is open; DELETE when it closes. */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await requireDocumentAccess(id);
  const { unitId } = await readJson(request, presenceInput);
  await heartbeat(user.id, id, unitId);
  return new Response(null, { status: 204 });
});

export const DELETE = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await requireDocumentAccess(id);
  await leaveDocument(user.id, id);
  return new Response(null, { status: 204 });
});
