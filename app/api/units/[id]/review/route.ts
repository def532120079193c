import { accessUnit } from "@/features/projects/data";
import { reviewUnit } from "@/features/review/mutations";
import { reviewInput } from "@/features/review/schema";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** POST {action: approve|reject|reopen, version, comment} — the role is checked in reviewUnit. */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  // Membership is asked on every request: a unit of another project is 404, whatever its id.
  const user = await accessUnit(await requireUser(), unitId);
  return Response.json(await reviewUnit(unitId, await readJson(request, reviewInput), user));
});
