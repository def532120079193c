import { saveUnit } from "@/features/editor/mutations";
import { saveUnitInput } from "@/features/editor/schema";
import { requireUnitAccess } from "@/features/projects/data";
import { handle, parseId, readJson } from "@/lib/server/route";

/** PUT {english, version, markTranslated} → the saved unit; 409 with the current text on a conflict. */
export const PUT = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  // Membership is asked on every request, in the session's query: a unit of another project is 404, whatever its id.
  const user = await requireUnitAccess(unitId);
  const input = await readJson(request, saveUnitInput);
  return Response.json(await saveUnit(unitId, input, user));
});
