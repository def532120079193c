import "server-only";
import { AppError } from "@/lib/errors";
import { decodeTextFile } from "@/lib/text/decode";
import { uploadLimitBytes } from "./env";
import { assertMediaType } from "./request-guard";

export { uploadLimitBytes };

// Multipart framing (boundaries, part headers, the title field) adds a little around the file.
const FRAMING_BYTES = 64 * 1024;

function tooLarge(maxBytes: number): AppError {
  return new AppError("TOO_LARGE", `The upload is over the limit of ${maxBytes} bytes.`, { reason: "tooLarge", limit: maxBytes });
}

/**
 * The body as it arrives, counted: past `maxBytes` the stream fails and the rest is never read,
 * whatever Content-Length said (or did not say, with Transfer-Encoding: chunked).
 */
function countedBody(body: ReadableStream<Uint8Array>, maxBytes: number, onExceeded: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let received = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > maxBytes) {
        onExceeded();
        controller.error(tooLarge(maxBytes));
        await reader.cancel().catch(() => {});
        return;
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

/**
 * Reads a multipart body within the upload limit: a declared size over it is refused before
 * reading, and the bytes are counted as they arrive, so memory never holds more than the limit.
 */
export async function readUploadForm(request: Request): Promise<FormData> {
  assertMediaType(request, "multipart/form-data");
  const maxBytes = uploadLimitBytes();
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + FRAMING_BYTES) throw tooLarge(maxBytes);
  if (!request.body) throw new AppError("BAD_INPUT", "The request has no body.", { reason: "noBody" });
  let exceeded = false;
  const counted = new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: countedBody(request.body, maxBytes + FRAMING_BYTES, () => (exceeded = true)),
    // @ts-expect-error Node's fetch needs duplex for a streamed body; the DOM typings do not know it.
    duplex: "half",
  });
  try {
    return await counted.formData();
  } catch {
    if (exceeded) throw tooLarge(maxBytes);
    throw new AppError("BAD_INPUT", "The request is not a multipart form.", { reason: "contentType" });
  }
}

/**
 * The text of a form that carries either a pasted `text` field or an uploaded .txt/.md `file`
 * (decoded strictly as UTF-8 with BOM and CRLF handling). Returns the file's name without its
 * extension, for a default title.
 */
export async function readTextUpload(form: FormData, emptyMessage: string): Promise<{ text: string; fileTitle: string; fileName: string }> {
  const maxBytes = uploadLimitBytes();
  const file = form.get("file");
  const pasted = form.get("text");
  if (file instanceof File && file.size > 0) {
    if (!/\.(txt|md|markdown|text)$/i.test(file.name)) {
      throw new AppError("BAD_INPUT", `"${file.name}" is not a .txt or .md file.`, { reason: "fileType" });
    }
    const text = decodeTextFile(new Uint8Array(await file.arrayBuffer()), { maxBytes });
    return { text, fileTitle: file.name.replace(/\.[^.]+$/, ""), fileName: file.name };
  }
  if (typeof pasted === "string" && pasted.trim() !== "") {
    if (Buffer.byteLength(pasted, "utf8") > maxBytes) {
      throw new AppError("TOO_LARGE", `The text is over the limit of ${maxBytes} bytes.`, { reason: "tooLarge", limit: maxBytes });
    }
    return { text: pasted, fileTitle: "", fileName: "" };
  }
  throw new AppError("EMPTY_TEXT", emptyMessage, { reason: "emptyText" });
}
