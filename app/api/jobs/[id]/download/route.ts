import { accessJob, loadJobOutputFile } from "@/features/jobs/data";
import { accessDocument } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/server/download";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * The file a finished export job made. Permission is asked again now, not when the job was queued:
 * the caller must be in the job's project (else 404, as for the job) and able to read its document.
 * 409 exportNotReady before the job succeeded (or for a job that is no export); 410 exportExpired
 * once the file is no longer kept.
 */
export const GET = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const user = await requireUser();
  const { job } = await accessJob(user, id);
  if (job.kind !== "export" || job.state !== "succeeded" || !job.documentId) {
    throw new AppError("CONFLICT", "This export has not finished.", { reason: "exportNotReady" });
  }
  await accessDocument(user, job.documentId);
  const file = await loadJobOutputFile(id);
  if (!file) throw new AppError("GONE", "This export is no longer kept.", { reason: "exportExpired" });
  return new Response(new Blob([new Uint8Array(file.bytes)]), {
    headers: {
      "Content-Type": file.mediaType,
      "Content-Disposition": contentDisposition(file.fileName),
      "Content-Length": String(file.bytes.length),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
