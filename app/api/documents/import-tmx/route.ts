import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { env } from "@/lib/server/env";
import { documentTitle } from "@/features/documents/schema";
import { importTmx } from "@/features/exchange/mutations";

export const dynamic = "force-dynamic";

/** Multipart form: file (.tmx) and title. Creates a document and answers with the import report. */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const maxBytes = env().SETU_MAX_UPLOAD_MB * 1024 * 1024;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    throw new AppError("TOO_LARGE", `The upload is ${declared} bytes; the limit is ${maxBytes} bytes.`);
  }
  const form = await request.formData();
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    throw new AppError("BAD_INPUT", "Choose a TMX file.", { reason: "fileRequired" });
  }
  const rawTitle = form.get("title");
  const fallback = file.name.replace(/\.[^.]+$/, "");
  const title = documentTitle.safeParse(typeof rawTitle === "string" && rawTitle.trim() ? rawTitle : fallback);
  if (!title.success) throw new AppError("BAD_INPUT", "Give the document a title.", { reason: "titleRequired" });
  // Node's web ReadableStream is async-iterable, but the DOM lib typings do not say so.
  const stream = file.stream() as unknown as AsyncIterable<Uint8Array>;
  const report = await importTmx(stream, { title: title.data, userId: user.id, maxBytes });
  return Response.json(report, { status: 201 });
});
