import { accessDocument } from "@/features/projects/data";
import { bulkApprove } from "@/features/review/mutations";
import { bulkApproveInput } from "@/features/review/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  // The role that counts is the one in the document's project (bulkApprove asks the policy with it).
  const user = await accessDocument(await requireUser(), id);
  return Response.json(await bulkApprove(id, await readJson(request, bulkApproveInput), user));
});
