import { accessUnit } from "@/features/projects/data";
import { loadComments } from "@/features/review/data";
import { addComment } from "@/features/review/mutations";
import { commentInput } from "@/features/review/schema";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  await accessUnit(await requireUser(), unitId);
  return Response.json(await loadComments(unitId));
});

export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  const user = await accessUnit(await requireUser(), unitId);
  const comment = await addComment(unitId, await readJson(request, commentInput), user);
  return Response.json(comment, { status: 201 });
});
