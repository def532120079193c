import { loadUnitHistory, unitDocumentId } from "@/features/editor/data";
import { AppError } from "@/lib/errors";
import { handle, parseId } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  await requireUser();
  const unitId = parseId((await params).id, "unit id");
  if (!(await unitDocumentId(unitId))) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone" });
  return Response.json(await loadUnitHistory(unitId));
});
