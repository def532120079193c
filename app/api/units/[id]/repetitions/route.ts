import { loadRepetitions } from "@/features/pretranslate/data";
import { accessUnit } from "@/features/projects/data";
import { handle, parseId } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** GET → { units: [ids] }: the unit's untranslated repetitions in its document (404 for another project's unit). */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  await accessUnit(await requireUser(), unitId);
  return Response.json({ units: await loadRepetitions(unitId) });
});
