import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { NewDocumentForm } from "@/features/documents/components/new-document-form";
import { FileImportForm } from "@/features/exchange/components/file-import-form";

export default async function NewDocumentPage({ params }: { params: Promise<{ locale: string }> }) {
  await requirePageUser(params);
  const t = await getTranslations("documents");
  const tx = await getTranslations("exchange");
  return (
    <section className="medium">
      <h1>{t("newTitle")}</h1>
      <NewDocumentForm />
      <h2>{tx("fileImportHeading")}</h2>
      <FileImportForm />
    </section>
  );
}
