import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireRole } from "@/lib/server/session";
import { env } from "@/lib/server/env";
import { parseGlossaryFile } from "@/features/glossary/parse-file";
import { importGlossary } from "@/features/glossary/mutations";

export const dynamic = "force-dynamic";

/**
 * Merges an uploaded CSV or TBX glossary (multipart field "file"; format from the extension
 * .csv/.tbx/.xml) and answers {added, updated, skipped}. Reviewers and admins only. The whole file
 * is parsed and validated before the one import transaction starts.
 */
export const POST = handle(async (request: Request) => {
  const user = await requireRole("reviewer", "admin");
  const maxBytes = env().SETU_MAX_UPLOAD_MB * 1024 * 1024;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) {
    throw new AppError("TOO_LARGE", `The upload is ${declared} bytes; the limit is ${maxBytes} bytes.`);
  }
  const form = await request.formData().catch(() => {
    throw new AppError("BAD_INPUT", "Send the file as multipart/form-data in the field \"file\".");
  });
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw new AppError("EMPTY_TEXT", "Choose a glossary file.");
  const entries = parseGlossaryFile(file.name, new Uint8Array(await file.arrayBuffer()), maxBytes);
  const report = await importGlossary(entries, user.id);
  return Response.json(report);
});
