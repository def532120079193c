import { loadQaSettings } from "@/features/qa/data";
import { saveQaSettings } from "@/features/qa/mutations";
import { qaSettingsInput } from "@/features/qa/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireRole, requireUser } from "@/lib/server/session";

/** GET: the instance's QA settings (anyone signed in: the editor shows what they mean). */
export const GET = handle(async (_request: Request) => {
  await requireUser();
  return Response.json(await loadQaSettings());
});

/** PUT {blockApproval}: admins only. */
export const PUT = handle(async (request: Request) => {
  const user = await requireRole("admin");
  return Response.json(await saveQaSettings(await readJson(request, qaSettingsInput), user));
});
