import { loadComments } from "@/features/review/data";
import { addComment } from "@/features/review/mutations";
import { commentInput } from "@/features/review/schema";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireUser();
  return Response.json(await loadComments(parseId((await params).id, "unit id")));
});

export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const unitId = parseId((await params).id, "unit id");
  const comment = await addComment(unitId, await readJson(request, commentInput), user);
  return Response.json(comment, { status: 201 });
});
