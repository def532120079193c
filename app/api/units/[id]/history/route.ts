import { loadUnitHistory, unitDocumentId } from "@/features/editor/data";
import { accessUnit } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { handle, parseId } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  // Membership is asked on every request: a unit of another project is 404, whatever its id.
  await accessUnit(await requireUser(), unitId);
  if (!(await unitDocumentId(unitId))) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone" });
  return Response.json(await loadUnitHistory(unitId));
});
