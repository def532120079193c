import { getTranslations } from "next-intl/server";
import { loadOpenInvitations } from "../data";
import { InviteForm } from "./invite-form";
import { OpenInvitations } from "./open-invitations";

/** The project page's invitations: the form and the links that still work (shown to whoever may invite). */
export async function InvitationsPanel({ projectId }: { projectId: string }) {
  const [invitations, t] = await Promise.all([loadOpenInvitations(projectId), getTranslations("invitations")]);
  return (
    <section className="panel stack" aria-labelledby="invitations-heading" data-testid="invitations-panel">
      <h2 id="invitations-heading" className="visually-hidden">
        {t("inviteHeading")}
      </h2>
      <InviteForm projectId={projectId} />
      <OpenInvitations
        projectId={projectId}
        invitations={invitations.map((i) => ({
          id: i.id,
          role: i.role,
          email: i.email,
          expiresAt: i.expiresAt.toISOString(),
          createdBy: i.createdBy,
        }))}
      />
    </section>
  );
}
