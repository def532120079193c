import { loadUnitIndex } from "@/features/editor/data";
import { unitFilter } from "@/features/editor/schema";
import { accessDocument } from "@/features/projects/data";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** GET ?status=&q=&lowConfidence=1&comments=1&needsReview=1&terms=1&qa=any|errors → the ids of the units in view, in order (404 for no document). */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await accessDocument(await requireUser(), id);
  const query = Object.fromEntries([...new URL(request.url).searchParams].filter(([, v]) => v !== ""));
  const parsed = unitFilter.safeParse(query);
  if (!parsed.success) throw new AppError("BAD_INPUT", "Unknown filter.", { reason: "badQuery" });
  if (parsed.data.terms || parsed.data.qa) await ensureDocumentQa(id);
  return Response.json(await loadUnitIndex(id, parsed.data));
});
