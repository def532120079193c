import { splitUnit } from "@/features/editor/mutations";
import { splitInput } from "@/features/editor/schema";
import { accessUnit } from "@/features/projects/data";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  // Membership is asked on every request: a unit of another project is 404, whatever its id.
  const user = await accessUnit(await requireUser(), unitId);
  return Response.json(await splitUnit(unitId, await readJson(request, splitInput), user));
});
