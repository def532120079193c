import { loadSignUpMode } from "@/features/invitations/data";
import { saveSignUpMode } from "@/features/invitations/mutations";
import { signUpModeInput } from "@/features/invitations/schema";
import { handle, readJson } from "@/lib/server/route";
import { requireRole } from "@/lib/server/session";

/** GET: who may sign up (open | invite-only); administrators only, like the page that shows it. */
export const GET = handle(async (_request: Request) => {
  await requireRole("admin");
  return Response.json({ mode: await loadSignUpMode() });
});

/** PUT {mode}: administrators only. */
export const PUT = handle(async (request: Request) => {
  const user = await requireRole("admin");
  const { mode } = await readJson(request, signUpModeInput);
  return Response.json(await saveSignUpMode(mode, user.id));
});
