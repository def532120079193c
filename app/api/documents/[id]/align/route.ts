import { enqueueAlignment } from "@/features/alignment/mutations";
import { accessDocument } from "@/features/projects/data";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { readTextUpload, readUploadForm } from "@/lib/server/upload";

/**
 * Multipart form: `text` (pasted English) or `file` (.txt/.md), and `replace=1` to overwrite
 * existing translations. The checks run now (a refusal is answered at once, nothing queued); the
 * alignment itself is a job: 202 with its id, whose progress GET /api/jobs/:id reports.
 */
export const POST = handle(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const user = await accessDocument(await requireUser(), id);
  const form = await readUploadForm(request);
  const { text } = await readTextUpload(form, "Paste the English translation or choose a file.");
  const jobId = await enqueueAlignment(id, text, user, { replace: form.get("replace") === "1" });
  return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
});
