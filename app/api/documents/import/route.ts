import { documentTitle } from "@/features/documents/schema";
import { enqueueImport, importFile } from "@/features/exchange/mutations";
import { accessProject, resolveProjectFor } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { importJobThresholdBytes } from "@/lib/server/env";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { readUploadForm, uploadLimitBytes } from "@/lib/server/upload";

/**
 * Multipart form: file (.tmx, .xlf/.xliff, .docx, .srt) and title. Creates a document, with the
 * file's statuses capped by the importer's role, and answers with the import report (201). A file over
 * the job threshold (SETU_IMPORT_JOB_BYTES) is imported by a job instead: 202 with its id, whose
 * progress GET /api/jobs/:id reports and whose result is the same report.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const maxBytes = uploadLimitBytes();
  const form = await readUploadForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("BAD_INPUT", "Choose a file.", { reason: "fileRequired" });
  const rawTitle = form.get("title");
  const fallback = file.name.replace(/\.[^.]+$/, "");
  const title = documentTitle.safeParse(typeof rawTitle === "string" && rawTitle.trim() ? rawTitle : fallback);
  if (!title.success) throw new AppError("BAD_INPUT", "Give the document a title.", { reason: "titleRequired" });
  const rawProject = form.get("project");
  const projectId = await resolveProjectFor(user, typeof rawProject === "string" ? rawProject : null);
  // Statuses in the file are capped by the importer's role in that project.
  const { role } = await accessProject(user, projectId);
  if (file.size > importJobThresholdBytes()) {
    const staged = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    const jobId = await enqueueImport(staged, { title: title.data, projectId, userId: user.id, role, maxBytes });
    return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
  }
  // Node's web ReadableStream is async-iterable, but the DOM lib typings do not say so.
  const bytes = file.stream() as unknown as AsyncIterable<Uint8Array>;
  const report = await importFile({ name: file.name, bytes }, { title: title.data, projectId, userId: user.id, role, maxBytes });
  return Response.json(report, { status: 201 });
});
