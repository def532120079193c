import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/features/accounts/components/auth-form";
import { countUsers } from "@/features/accounts/data";
import { loadSignUpMode } from "@/features/invitations/data";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import { signUpNeedsInvitation } from "@/lib/invitations/rules";

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const [t, ti] = await Promise.all([getTranslations("auth"), getTranslations("invitations")]);
  const [users, mode] = await Promise.all([countUsers(), loadSignUpMode()]);
  const firstUser = users === 0;
  // The server refuses such a sign-up anyway (better-auth's hooks); the page says so instead of offering a form.
  const inviteOnly = signUpNeedsInvitation(mode, !firstUser);
  return (
    <section className="narrow">
      <h1>{t("signUpTitle")}</h1>
      {firstUser && <p className="notice">{t("firstUserHint")}</p>}
      {inviteOnly ? (
        <p className="notice" role="alert" data-testid="sign-up-invite-only">
          {ti("inviteOnlyNotice")}
        </p>
      ) : (
        <AuthForm mode="sign-up" />
      )}
      <p>
        {t("haveAccount")} <Link href="/sign-in">{t("submitSignIn")}</Link>
      </p>
    </section>
  );
}
