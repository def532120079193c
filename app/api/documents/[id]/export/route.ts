import { exportDocx, exportSrt, loadExportDocument, streamExport, streamXliff } from "@/features/exchange/data";
import { enqueueExport } from "@/features/exchange/mutations";
import { documentExportQuery } from "@/features/exchange/schema";
import { accessDocument } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { downloadResponse, fileResponse } from "@/lib/server/download";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * GET ?format=tmx|csv|txt|xliff12|xliff20|docx|srt&status=approved|all&notes=1|0&langs=bare|full&lineLength=42:
 * the document as a download (streamed for the text formats, built whole for DOCX and SRT).
 */
function parseQuery(request: Request) {
  const query = documentExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("BAD_INPUT", query.error.issues[0].message, { reason: "badQuery", issue: "exportQuery" });
  return query;
}

/**
 * POST with the same query: the export as a job (for large documents): 202 with its id; the finished
 * file is GET /api/jobs/:id/download, kept 24 hours.
 */
export const POST = handle(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const user = await accessDocument(await requireUser(), id);
  const query = parseQuery(request);
  const jobId = await enqueueExport(id, query.data, user);
  return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
});

export const GET = handle(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  await accessDocument(await requireUser(), id);
  const query = parseQuery(request);
  const doc = await loadExportDocument(id);
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${id}.`, { reason: "documentNotFound" });
  const { format, status, notes, langs, lineLength } = query.data;
  switch (format) {
    case "xliff12":
    case "xliff20":
      return downloadResponse(
        streamXliff({ documentId: id, version: format === "xliff12" ? "1.2" : "2.0", status, notes }),
        format,
        doc.title,
      );
    case "docx":
      return fileResponse(await exportDocx({ documentId: id, status }), format, doc.title);
    case "srt":
      return fileResponse(await exportSrt({ documentId: id, status, lineLength }), format, doc.title);
    default:
      return downloadResponse(streamExport({ documentIds: [id], format, status, notes, bareLangs: langs }), format, doc.title);
  }
});
