import { bulkApprove } from "@/features/review/mutations";
import { bulkApproveInput } from "@/features/review/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireRole } from "@/lib/server/session";

export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const user = await requireRole("reviewer", "admin");
  const { id } = await params;
  return Response.json(await bulkApprove(id, await readJson(request, bulkApproveInput), user));
});
