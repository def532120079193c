import { loadUnitsById, unitDocumentId } from "@/features/editor/data";
import { accessUnit } from "@/features/projects/data";
import { ignoreQaIssue, unignoreQaIssue } from "@/features/qa/mutations";
import { unitQaActionInput } from "@/features/qa/schema";
import { AppError } from "@/lib/errors";
import { handle, parseId, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST {action: "ignore", key, version, reason} or {action: "unignore", key, version}: one QA issue
 * of the unit ignored (or shown again). The policy (ignore-qa-warning / ignore-qa-error) is asked in
 * the mutation on the locked unit; answers with the unit as the editor shows it.
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const unitId = parseId((await params).id, "unit id");
  // Membership is asked on every request: a unit of another project is 404, whatever its id.
  const user = await accessUnit(await requireUser(), unitId);
  const input = await readJson(request, unitQaActionInput);
  if (input.action === "ignore") await ignoreQaIssue(unitId, input, user);
  else await unignoreQaIssue(unitId, input, user);
  const documentId = await unitDocumentId(unitId);
  if (!documentId) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone" });
  const [unit] = await loadUnitsById(documentId, [unitId]);
  return Response.json(unit);
});
