import { mergeWithNext } from "@/features/editor/mutations";
import { mergeInput } from "@/features/editor/schema";
import { accessUnit } from "@/features/projects/data";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  const user = await accessUnit(await requireUser(), unitId);
  return Response.json(await mergeWithNext(unitId, await readJson(request, mergeInput), user));
});
