import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/features/accounts/components/auth-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ signedOut?: string }>;
}) {
  await pageLocale(params);
  const { signedOut } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <section className="narrow">
      <h1>{t("signInTitle")}</h1>
      {signedOut && (
        <p className="notice" role="status">
          {t("signedOut")}
        </p>
      )}
      <AuthForm mode="sign-in" />
      <p>
        {t("noAccount")} <Link href="/sign-up">{t("submitSignUp")}</Link>
      </p>
    </section>
  );
}
