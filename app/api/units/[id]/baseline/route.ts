import { loadReviewBaseline } from "@/features/review/data";
import { handle, parseId } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** The English as last approved or rejected, for the review diff (null when never reviewed). */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireUser();
  return Response.json(await loadReviewBaseline(parseId((await params).id, "unit id")));
});
