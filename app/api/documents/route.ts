import { importDocument } from "@/features/documents/mutations";
import { documentTitle, paragraphModeInput } from "@/features/documents/schema";
import { resolveProjectFor } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { readTextUpload, readUploadForm } from "@/lib/server/upload";
import { paragraphModeFor } from "@/lib/text/segment";

/**
 * Creates a document from pasted text or an uploaded .txt/.md file (multipart form: title, text
 * or file, allowNoDevanagari, paragraphs: auto|line|blank, project: id or name — optional when the
 * user has one project). A route handler rather than a server action so that the browser
 * can show upload progress for large files.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const form = await readUploadForm(request);
  const mode = paragraphModeInput.safeParse(form.get("paragraphs") ?? undefined);
  if (!mode.success) throw new AppError("BAD_INPUT", "paragraphs must be auto, line or blank.", { reason: "paragraphMode" });
  const { text, fileTitle, fileName } = await readTextUpload(form, "Paste some text or choose a file.");
  const rawTitle = form.get("title");
  const title = documentTitle.safeParse(typeof rawTitle === "string" && rawTitle.trim() ? rawTitle : fileTitle);
  if (!title.success) throw new AppError("BAD_INPUT", "Give the document a title.", { reason: "titleRequired" });
  const projectId = await resolveProjectFor(user, formString(form.get("project")));
  const result = await importDocument({
    title: title.data,
    projectId,
    text,
    userId: user.id,
    allowNoDevanagari: form.get("allowNoDevanagari") === "1",
    paragraphs: paragraphModeFor(mode.data, fileName),
  });
  return Response.json(result, { status: 201 });
});

function formString(value: FormDataEntryValue | null): string | null {
  return typeof value === "string" ? value : null;
}
