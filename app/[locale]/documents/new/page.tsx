import { getTranslations } from "next-intl/server";
import { pageLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/server/session";
import { NewDocumentForm } from "@/features/documents/components/new-document-form";
import { TmxImportForm } from "@/features/exchange/components/tmx-import-form";

export default async function NewDocumentPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  if (!(await getCurrentUser())) return redirect({ href: "/sign-in", locale });
  const t = await getTranslations("documents");
  const tx = await getTranslations("exchange");
  return (
    <section className="medium">
      <h1>{t("newTitle")}</h1>
      <NewDocumentForm />
      <h2>{tx("importHeading")}</h2>
      <TmxImportForm />
    </section>
  );
}
