import { accessProject } from "@/features/projects/data";
import { importMemoryTmx } from "@/features/tm/mutations";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { readUploadForm, uploadLimitBytes } from "@/lib/server/upload";

/**
 * Multipart form with "file" (.tmx): merges it into the project's translation memory (not as a
 * document) and answers the report {read, added, merged, skipped, extraLanguages}. Reviewers and
 * managers of the project and administrators (the memory policy, asked again inside the import's
 * transaction); a non-member gets 404, as for a project that does not exist.
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await requireUser();
  const scoped = await accessProject(user, id);
  assertMemoryAllowed(scoped.role, "memory-import");
  const maxBytes = uploadLimitBytes();
  const form = await readUploadForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError("BAD_INPUT", "Choose a TMX file.", { reason: "fileRequired" });
  }
  // Node's web ReadableStream is async-iterable, but the DOM lib typings do not say so.
  const stream = file.stream() as unknown as AsyncIterable<Uint8Array>;
  const report = await importMemoryTmx(stream, { projectId: id, fileName: file.name.slice(0, 200), maxBytes, user });
  return Response.json(report, { status: 201 });
});
