import "server-only";
import { AppError } from "@/lib/errors";
import { decodeTextFile } from "@/lib/text/decode";
import { uploadLimitBytes } from "./env";

export { uploadLimitBytes };

/** Reads a multipart body, refusing one whose declared size is over the limit before buffering it. */
export async function readUploadForm(request: Request): Promise<FormData> {
  const maxBytes = uploadLimitBytes();
  const declared = Number(request.headers.get("content-length") ?? 0);
  // Multipart framing adds a little around the file itself.
  if (declared > maxBytes + 64 * 1024) {
    throw new AppError("TOO_LARGE", `The upload is ${declared} bytes; the limit is ${maxBytes} bytes.`);
  }
  try {
    return await request.formData();
  } catch {
    throw new AppError("BAD_INPUT", "The request is not a multipart form.");
  }
}

/**
 * The text of a form that carries either a pasted `text` field or an uploaded .txt/.md `file`
 * (decoded strictly as UTF-8 with BOM and CRLF handling). Returns the file's name without its
 * extension, for a default title.
 */
export async function readTextUpload(form: FormData, emptyMessage: string): Promise<{ text: string; fileTitle: string }> {
  const maxBytes = uploadLimitBytes();
  const file = form.get("file");
  const pasted = form.get("text");
  if (file instanceof File && file.size > 0) {
    if (!/\.(txt|md|markdown|text)$/i.test(file.name)) {
      throw new AppError("BAD_INPUT", `"${file.name}" is not a .txt or .md file.`, { reason: "fileType" });
    }
    const text = decodeTextFile(new Uint8Array(await file.arrayBuffer()), { maxBytes });
    return { text, fileTitle: file.name.replace(/\.[^.]+$/, "") };
  }
  if (typeof pasted === "string" && pasted.trim() !== "") {
    if (Buffer.byteLength(pasted, "utf8") > maxBytes) {
      throw new AppError("TOO_LARGE", `The text is over the limit of ${maxBytes} bytes.`);
    }
    return { text: pasted, fileTitle: "" };
  }
  throw new AppError("EMPTY_TEXT", emptyMessage);
}
