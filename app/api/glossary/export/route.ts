import { loadGlossaryEntriesForMatching } from "@/features/glossary/data";
import { AppError } from "@/lib/errors";
import { glossaryToCsv } from "@/lib/glossary/csv-format";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";
import { writeTbx } from "@/lib/tbx/write-tbx";

const formats = {
  csv: { contentType: "text/csv; charset=utf-8", write: glossaryToCsv },
  tbx: { contentType: "application/x-tbx+xml; charset=utf-8", write: writeTbx },
} as const;

/** The active glossary as a download: GET /api/glossary/export?format=csv|tbx (signed-in users). */
export const GET = handle(async (request: Request) => {
  await requireUser();
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (format !== "csv" && format !== "tbx") {
    throw new AppError("BAD_INPUT", `Unknown format "${format}"; use csv or tbx.`);
  }
  const body = formats[format].write(await loadGlossaryEntriesForMatching());
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": formats[format].contentType,
      "Content-Disposition": `attachment; filename="setu-glossary-${date}.${format}"`,
      "Cache-Control": "no-store",
    },
  });
});
