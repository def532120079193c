import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { env } from "@/lib/server/env";
import { decodeTextFile } from "@/lib/text/decode";
import { alignDocumentWithEnglish } from "@/features/alignment/mutations";

export const dynamic = "force-dynamic";

/**
 * Multipart form: `text` (pasted English) or `file` (.txt/.md), and `replace=1` to overwrite
 * existing translations. Answers with the alignment report. A route handler so the browser can
 * upload a book-sized file.
 */
export const POST = handle(async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await requireUser();
  const { id } = await context.params;
  const maxBytes = env().SETU_MAX_UPLOAD_MB * 1024 * 1024;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    throw new AppError("TOO_LARGE", `The upload is ${declared} bytes; the limit is ${maxBytes} bytes.`);
  }
  const form = await request.formData();
  const file = form.get("file");
  const pasted = form.get("text");
  let text: string;
  if (file instanceof File && file.size > 0) {
    if (!/\.(txt|md|markdown|text)$/i.test(file.name)) {
      throw new AppError("BAD_INPUT", `"${file.name}" is not a .txt or .md file.`, { reason: "fileType" });
    }
    text = decodeTextFile(new Uint8Array(await file.arrayBuffer()), { maxBytes });
  } else if (typeof pasted === "string") {
    text = pasted;
  } else {
    throw new AppError("EMPTY_TEXT", "Paste the English translation or choose a file.");
  }
  const report = await alignDocumentWithEnglish(id, text, user, { replace: form.get("replace") === "1" });
  return Response.json(report);
});
