import { enqueuePretranslation } from "@/features/pretranslate/mutations";
import { pretranslateInput } from "@/features/pretranslate/schema";
import { accessDocument } from "@/features/projects/data";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST { min? } → queues the filling of the document's units without English from its project's
 * memory (100 %/101 % as translated, fuzzy ≥ min as drafts): 202 with the job's id. The job writes
 * in one transaction with one undo entry at its end (features/pretranslate/mutations.ts). The role
 * that counts is the one in the document's project (a non-member gets 404, as for a document that
 * does not exist); a pre-translation already queued or running for the document is 409 jobRunning.
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await accessDocument(await requireUser(), id);
  const jobId = await enqueuePretranslation(id, await readJson(request, pretranslateInput), user);
  return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
});
