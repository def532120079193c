import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/features/accounts/components/auth-form";
import { AcceptInvitation } from "@/features/invitations/components/accept-invitation";
import { loadInvitationPreview } from "@/features/invitations/data";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { getCurrentUser } from "@/lib/server/session";

/**
 * An invitation link: what it leads to, or why it no longer works (unknown, used, withdrawn, expired —
 * each said plainly); a new person signs up through it, a signed-in one joins the project.
 */
export default async function InvitationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  await pageLocale(params);
  const { token } = await params;
  const [preview, user, t, tp, te] = await Promise.all([
    loadInvitationPreview(token),
    getCurrentUser(),
    getTranslations("invitations"),
    getTranslations("projects"),
    getTranslations("errors"),
  ]);
  return (
    <section className="narrow stack">
      <h1>{t("pageTitle")}</h1>
      {preview.refusal || !preview.role ? (
        <>
          <p className="error" role="alert" data-testid="invitation-refusal">
            {te(`reasons.${preview.refusal ?? "invitationUnknown"}`)}
          </p>
          <p>{t("pageAskNew")}</p>
        </>
      ) : (
        <>
          <p data-testid="invitation-summary">
            {t("pageInvited", { project: preview.projectName ?? "", role: tp(`role_${preview.role}`) })}
          </p>
          {preview.email && <p>{t("pageBound", { email: preview.email })}</p>}
          {user ? (
            <AcceptInvitation token={token} />
          ) : (
            <>
              <p>{t("pageSignUp")}</p>
              <AuthForm mode="sign-up" invitationToken={token} email={preview.email} next={`/projects/${preview.projectId}`} />
              <p>
                <Link href="/sign-in">{t("pageHaveAccount")}</Link>
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
