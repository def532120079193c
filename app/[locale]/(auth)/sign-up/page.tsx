import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/features/accounts/components/auth-form";
import { countUsers } from "@/features/accounts/data";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const t = await getTranslations("auth");
  const firstUser = (await countUsers()) === 0;
  return (
    <section className="narrow">
      <h1>{t("signUpTitle")}</h1>
      {firstUser && <p className="notice">{t("firstUserHint")}</p>}
      <AuthForm mode="sign-up" />
      <p>
        {t("haveAccount")} <Link href="/sign-in">{t("submitSignIn")}</Link>
      </p>
    </section>
  );
}
