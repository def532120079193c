import { parseArgs } from "node:util";
import { INVITATION_DAYS } from "@/lib/invitations/rules";
import { isProjectRole, projectRoles } from "@/lib/projects/choose-project";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

/**
 * `setu invite create --project P --role R [--email E] [--days N]`: prints the invitation link (its token is
 * shown this once; only its hash is stored). The link uses SETU_URL (or http://localhost:$PORT).
 */
export async function run(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub !== "create") throw usageError(`unknown "invite" subcommand "${sub ?? ""}". Use "invite create".`);
  const { values } = parseArgs({
    args: rest,
    options: {
      project: { type: "string" },
      role: { type: "string", default: "translator" },
      email: { type: "string" },
      days: { type: "string", default: String(INVITATION_DAYS.default) },
      locale: { type: "string", default: "en" },
    },
    strict: true,
  });
  if (!isProjectRole(values.role)) throw usageError(`--role must be one of ${projectRoles.join(", ")}.`);
  if (values.locale !== "en" && values.locale !== "hi") throw usageError("--locale must be en or hi.");
  const { createInvitationInput } = await import("@/features/invitations/schema");
  const days = /^\d{1,3}$/.test(values.days) ? Number(values.days) : Number.NaN;
  await resolveDatabaseUrl();
  const { resolveProjectForCli } = await import("@/features/projects/data");
  const projectId = await resolveProjectForCli(values.project);
  const parsed = createInvitationInput.safeParse({ projectId, role: values.role, email: values.email ?? "", days });
  if (!parsed.success) {
    const field = String(parsed.error.issues[0].path[0] ?? "");
    throw usageError(
      field === "days"
        ? `--days must be a whole number from ${INVITATION_DAYS.min} to ${INVITATION_DAYS.max}.`
        : `--${field} is not valid.`,
    );
  }
  const { createInvitation } = await import("@/features/invitations/mutations");
  const { baseUrl } = await import("@/lib/server/env");
  const invitation = await createInvitation(parsed.data, { id: null, role: "admin" });
  process.stderr.write(`Invitation as ${values.role}, valid until ${invitation.expiresAt}. The link is shown only now.\n`);
  process.stdout.write(`${baseUrl()}/${values.locale}/invite/${invitation.token}\n`);
}
