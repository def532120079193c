import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { NewDocumentForm } from "@/features/documents/components/new-document-form";
import { FileImportForm } from "@/features/exchange/components/file-import-form";
import { loadActiveImport } from "@/features/jobs/data";
import { loadMyProjects } from "@/features/projects/data";

export default async function NewDocumentPage({ params }: { params: Promise<{ locale: string }> }) {
  const { user } = await requirePageUser(params);
  const [projects, activeImport] = await Promise.all([loadMyProjects(user), loadActiveImport(user.id)]);
  const t = await getTranslations("documents");
  const tx = await getTranslations("exchange");
  return (
    <section className="medium">
      <h1>{t("newTitle")}</h1>
      <NewDocumentForm projects={projects} />
      <h2>{tx("fileImportHeading")}</h2>
      <FileImportForm projects={projects} activeJob={activeImport} />
    </section>
  );
}
