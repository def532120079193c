import { loadUnitMemoryMatches } from "@/features/tm/data";
import { handle, parseId } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** GET /api/units/:id/memory: the project memory's best matches (top 3, ≥ 50 %) for the editor's side panel. */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const unitId = parseId((await params).id, "unit id");
  return Response.json({ matches: await loadUnitMemoryMatches(unitId, user, { limit: 3, min: 50 }) });
});
