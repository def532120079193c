import { documentTitle } from "@/features/documents/schema";
import { enqueueImport, importTmx } from "@/features/exchange/mutations";
import { accessProject, resolveProjectFor } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { importJobThresholdBytes } from "@/lib/server/env";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { readUploadForm, uploadLimitBytes } from "@/lib/server/upload";

/**
 * Multipart form: file (.tmx) and title. Creates a document and answers with the import report (201),
 * or, for a file over the job threshold, queues the import as a job (202 with its id).
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const maxBytes = uploadLimitBytes();
  const form = await readUploadForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError("BAD_INPUT", "Choose a TMX file.", { reason: "fileRequired" });
  }
  const rawTitle = form.get("title");
  const fallback = file.name.replace(/\.[^.]+$/, "");
  const title = documentTitle.safeParse(typeof rawTitle === "string" && rawTitle.trim() ? rawTitle : fallback);
  if (!title.success) throw new AppError("BAD_INPUT", "Give the document a title.", { reason: "titleRequired" });
  const rawProject = form.get("project");
  const projectId = await resolveProjectFor(user, typeof rawProject === "string" ? rawProject : null);
  // Statuses in the file are capped by the importer's role in that project.
  const { role } = await accessProject(user, projectId);
  if (file.size > importJobThresholdBytes()) {
    // This route reads any name as TMX; the job picks the parser by the name, so it is told.
    const name = /\.tmx$/i.test(file.name) ? file.name : `${file.name}.tmx`;
    const staged = { name, bytes: new Uint8Array(await file.arrayBuffer()) };
    const jobId = await enqueueImport(staged, { title: title.data, projectId, userId: user.id, role, maxBytes });
    return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
  }
  // Node's web ReadableStream is async-iterable, but the DOM lib typings do not say so.
  const stream = file.stream() as unknown as AsyncIterable<Uint8Array>;
  const report = await importTmx(stream, { title: title.data, projectId, userId: user.id, maxBytes, role });
  return Response.json(report, { status: 201 });
});
