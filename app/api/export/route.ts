import { streamExport } from "@/features/exchange/data";
import { exportQuery } from "@/features/exchange/schema";
import { visibleProjectIds } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { downloadResponse } from "@/lib/server/download";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** GET ?ids=a,b (or ids=all) plus the options of the per-document export: several documents in one file. */
const MAX_IDS = 1000;

export const GET = handle(async (request: Request) => {
  const user = await requireUser();
  const params = new URL(request.url).searchParams;
  const rawIds = (params.get("ids") ?? "").trim();
  params.delete("ids");
  const query = exportQuery.safeParse(Object.fromEntries(params));
  if (!query.success) throw new AppError("BAD_INPUT", query.error.issues[0].message, { reason: "badQuery", issue: "exportQuery" });
  const ids =
    rawIds === "all"
      ? ("all" as const)
      : rawIds
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
  if (ids !== "all" && ids.length === 0)
    throw new AppError("BAD_INPUT", "Name the documents: ids=a,b or ids=all.", { reason: "noDocumentsNamed" });
  if (ids !== "all" && (ids.length > MAX_IDS || !ids.every(isEntityId)))
    throw new AppError("BAD_INPUT", `ids must be up to ${MAX_IDS} document ids, a,b,…`, { reason: "badIds", limit: MAX_IDS });
  const { format, status, notes, langs } = query.data;
  // Only documents of the caller's projects: ids=all means all of those, another project's id is not found.
  const projectIds = await visibleProjectIds(user);
  return downloadResponse(streamExport({ documentIds: ids, projectIds, format, status, notes, bareLangs: langs }), format, "setu-export");
});
