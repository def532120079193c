import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { env } from "@/lib/server/env";
import { decodeTextFile } from "@/lib/text/decode";
import { importDocument } from "@/features/documents/mutations";
import { documentTitle } from "@/features/documents/schema";

export const dynamic = "force-dynamic";

/**
 * Creates a document from pasted text or an uploaded .txt/.md file (multipart form: title, text
 * or file, allowNoDevanagari). A route handler rather than a server action so that the browser
 * can show upload progress for large files.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireUser();
  const maxBytes = env().SETU_MAX_UPLOAD_MB * 1024 * 1024;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    throw new AppError("TOO_LARGE", `The upload is ${declared} bytes; the limit is ${maxBytes} bytes.`);
  }
  const form = await request.formData();
  const file = form.get("file");
  const pasted = form.get("text");
  let text: string;
  let fallbackTitle = "";
  if (file instanceof File && file.size > 0) {
    if (!/\.(txt|md|markdown|text)$/i.test(file.name)) {
      throw new AppError("BAD_INPUT", `"${file.name}" is not a .txt or .md file.`, { reason: "fileType" });
    }
    text = decodeTextFile(new Uint8Array(await file.arrayBuffer()), { maxBytes });
    fallbackTitle = file.name.replace(/\.[^.]+$/, "");
  } else if (typeof pasted === "string") {
    if (Buffer.byteLength(pasted, "utf8") > maxBytes) {
      throw new AppError("TOO_LARGE", `The text is over the limit of ${maxBytes} bytes.`);
    }
    text = pasted;
  } else {
    throw new AppError("EMPTY_TEXT", "Paste some text or choose a file.");
  }
  const rawTitle = form.get("title");
  const title = documentTitle.safeParse(typeof rawTitle === "string" && rawTitle.trim() ? rawTitle : fallbackTitle);
  if (!title.success) throw new AppError("BAD_INPUT", "Give the document a title.", { reason: "titleRequired" });
  const result = await importDocument({
    title: title.data,
    text,
    userId: user.id,
    allowNoDevanagari: form.get("allowNoDevanagari") === "1",
  });
  return Response.json(result, { status: 201 });
});
