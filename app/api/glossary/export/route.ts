import { loadGlossaryEntriesForMatching } from "@/features/glossary/data";
import { resolveProjectFor } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { glossaryToCsv } from "@/lib/glossary/csv-format";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { writeTbx } from "@/lib/tbx/write-tbx";

const formats = {
  csv: { contentType: "text/csv; charset=utf-8", write: glossaryToCsv },
  tbx: { contentType: "application/x-tbx+xml; charset=utf-8", write: writeTbx },
} as const;

/**
 * A project's active glossary as a download: GET /api/glossary/export?format=csv|tbx&project=ID (the
 * project may be left out by a user with one project).
 */
export const GET = handle(async (request: Request) => {
  const user = await requireUser();
  const params = new URL(request.url).searchParams;
  const format = params.get("format") ?? "csv";
  if (format !== "csv" && format !== "tbx") {
    throw new AppError("BAD_INPUT", `Unknown format "${format}"; use csv or tbx.`, { reason: "badQuery" });
  }
  const projectId = await resolveProjectFor(user, params.get("project"));
  const body = formats[format].write(await loadGlossaryEntriesForMatching(projectId));
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": formats[format].contentType,
      "Content-Disposition": `attachment; filename="setu-glossary-${date}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
});
