import { z } from "zod";
import { accessComment } from "@/features/projects/data";
import { setCommentResolved } from "@/features/review/mutations";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** PATCH {resolved} — resolve or reopen a comment thread. */
export const PATCH = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const commentId = parseId((await params).id, "comment id");
  const user = await accessComment(await requireUser(), commentId);
  const { resolved } = await readJson(request, z.object({ resolved: z.boolean() }));
  await setCommentResolved(commentId, resolved, user);
  return new Response(null, { status: 204 });
});
