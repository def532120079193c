import { accessUnit } from "@/features/projects/data";
import { loadReviewBaseline } from "@/features/review/data";
import { handle, parseId } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** The English as last approved or rejected, for the review diff (null when never reviewed). */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  await accessUnit(await requireUser(), unitId);
  return Response.json(await loadReviewBaseline(unitId));
});
