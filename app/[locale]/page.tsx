import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/session";

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  const t = await getTranslations("home");
  return (
    <section>
      <h1>{t("welcome", { name: user.name })}</h1>
      <p>{t("intro")}</p>
    </section>
  );
}
