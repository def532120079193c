import { saveUnit } from "@/features/editor/mutations";
import { saveUnitInput } from "@/features/editor/schema";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** PUT {english, version, markTranslated} → the saved unit; 409 with the current text on a conflict. */
export const PUT = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const unitId = parseId((await params).id, "unit id");
  const input = await readJson(request, saveUnitInput);
  return Response.json(await saveUnit(unitId, input, user));
});
