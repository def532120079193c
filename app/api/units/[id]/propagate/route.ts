import { propagateRepetitions } from "@/features/pretranslate/mutations";
import { propagateInput } from "@/features/pretranslate/schema";
import { accessUnit } from "@/features/projects/data";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** POST { version } → the unit's English given to its untranslated repetitions, in one transaction and one undo entry. */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  const user = await accessUnit(await requireUser(), unitId);
  return Response.json(await propagateRepetitions(unitId, await readJson(request, propagateInput), user));
});
