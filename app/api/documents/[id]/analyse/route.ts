import { accessDocument } from "@/features/projects/data";
import { enqueueAnalysis } from "@/features/tm/mutations";
import { analyseInput } from "@/features/tm/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST {} → queues the analysis of the document against its project's memory: 202 with the
 * job's id, whose progress GET /api/jobs/:id reports and whose result holds the bands. A non-member
 * gets 404; an analysis already queued or running for the document is 409 jobRunning (with its id).
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await accessDocument(await requireUser(), id);
  await readJson(request, analyseInput);
  const jobId = await enqueueAnalysis(id, user);
  return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
});
