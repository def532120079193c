import { loadChanges } from "@/features/editor/data";
import { requireDocumentAccess } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { parseInstant } from "@/lib/validation";

/** GET ?since=<cursor> → units changed since then (by anyone, on any instance) and who is here. */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await requireDocumentAccess(id);
  const since = parseInstant(new URL(request.url).searchParams.get("since") ?? "", Date.now());
  if (!since)
    throw new AppError("BAD_INPUT", "since must be an ISO 8601 instant (with Z or an offset) from the last day or so.", {
      reason: "badSince",
    });
  return Response.json(await loadChanges(id, since, user.id));
});
