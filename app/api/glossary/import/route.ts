import { importGlossary } from "@/features/glossary/mutations";
import { accessProject, assertMayInProject, resolveProjectFor } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { parseGlossaryFile } from "@/lib/glossary/parse-file";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { readUploadForm, uploadLimitBytes } from "@/lib/server/upload";

/**
 * Merges an uploaded CSV or TBX glossary (multipart field "file"; format from the extension
 * .csv/.tbx/.xml; "project": id or name, optional when the user has one project) into that project's
 * glossary, and answers {added, updated, skipped}. Reviewers and admins only. The whole file
 * is parsed and validated before the one import transaction starts.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const maxBytes = uploadLimitBytes();
  const form = await readUploadForm(request);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("EMPTY_TEXT", "Choose a glossary file.", { reason: "fileRequired" });
  // restored: cells our CSV export had neutralised against formula injection, restored on the way in.
  const stats = { restored: 0 };
  const rawProject = form.get("project");
  const projectId = await resolveProjectFor(user, typeof rawProject === "string" ? rawProject : null);
  // Reviewers and managers of that project (and administrators).
  assertMayInProject(await accessProject(user, projectId), "edit-glossary");
  const entries = parseGlossaryFile(file.name, new Uint8Array(await file.arrayBuffer()), maxBytes, stats);
  const report = await importGlossary(projectId, entries, user.id);
  return Response.json({ ...report, restored: stats.restored });
});
