import { accessDocument } from "@/features/projects/data";
import { loadQaCounts, loadQaUnits, qaReportCsv, REPORT_PAGE_SIZE } from "@/features/qa/data";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { qaDownloadQuery } from "@/features/qa/schema";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/server/download";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * GET ?format=json|csv&check=&severity=&ignored=1&locale=en|hi — the document's QA report: counts by
 * check and severity with the units that have issues (JSON), or one CSV row per issue.
 */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  await accessDocument(await requireUser(), id);
  const parsed = qaDownloadQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new AppError("BAD_INPUT", parsed.error.issues[0].message, { reason: "qaQuery" });
  const { format, locale, ...query } = parsed.data;
  await ensureDocumentQa(id);
  if (format === "csv") {
    const csv = await qaReportCsv(id, query, locale);
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition(`qa-${id}.csv`),
        "Cache-Control": "no-store",
      },
    });
  }
  const page = query.page ?? 1;
  const [counts, units] = await Promise.all([loadQaCounts(id), loadQaUnits(id, query, page)]);
  return Response.json({ counts, page, pageSize: REPORT_PAGE_SIZE, matching: units.matching, units: units.units });
});
