import { loadExportDocument, streamExport } from "@/features/exchange/data";
import { downloadResponse } from "@/features/exchange/download";
import { exportQuery } from "@/features/exchange/schema";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

/** GET ?format=tmx|csv|txt&status=approved|all&notes=1|0&langs=bare|full: the document as a streamed download. */
export const GET = handle(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  await requireUser();
  const { id } = await context.params;
  const query = exportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("BAD_INPUT", query.error.issues[0].message, { issue: "exportQuery" });
  const doc = await loadExportDocument(id);
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${id}.`);
  const { format, status, notes, langs } = query.data;
  return downloadResponse(streamExport({ documentIds: [id], format, status, notes, bareLangs: langs }), format, doc.title);
});
