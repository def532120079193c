import { loadDocumentJobs } from "@/features/jobs/data";
import { accessDocument } from "@/features/projects/data";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** The document's newest jobs, newest first: 404 unless the caller is in the document's project. */
export const GET = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  await accessDocument(await requireUser(), id);
  return Response.json({ jobs: await loadDocumentJobs(id) }, { headers: { "Cache-Control": "no-store" } });
});
