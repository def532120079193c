import { loadUnitsById } from "@/features/editor/data";
import { accessDocument } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { parseRowId } from "@/lib/ids";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** GET ?ids=1,2,3 → those units with their Hindi sentences (at most 500 per request). */
const MAX_IDS = 500;

export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await accessDocument(await requireUser(), id);
  const raw = new URL(request.url).searchParams.get("ids") ?? "";
  const ids = raw.split(",").filter(Boolean).map(parseRowId);
  if (ids.length > MAX_IDS || ids.some((n) => n === null)) {
    throw new AppError("BAD_INPUT", `ids must be up to ${MAX_IDS} comma-separated unit ids.`, { reason: "badIds", limit: MAX_IDS });
  }
  return Response.json(await loadUnitsById(id, ids as number[]));
});
