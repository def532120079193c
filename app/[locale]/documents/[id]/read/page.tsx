import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { loadEditorDocument, loadReadingText } from "@/features/editor/data";
import { findDocumentAccess } from "@/features/projects/data";
import { Link } from "@/i18n/navigation";

/** The translation read as a text, paragraph by paragraph beside its Hindi: read-only, for a reviewer's reading. */
export default async function ReadingPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requirePageUser(params);
  const { id } = await params;
  if (!(await findDocumentAccess(user, id))) notFound();
  const doc = await loadEditorDocument(id);
  if (!doc) notFound();
  const englishOnly = (await searchParams).only === "en";
  const [paragraphs, t] = await Promise.all([loadReadingText(id), getTranslations("reading")]);
  return (
    <section className="reading">
      <div className="page-head">
        <h1>
          {t("title")}: <span lang="hi">{doc.title}</span>
        </h1>
        <Link href={`/documents/${id}/edit`}>{t("backToEditor")}</Link>
      </div>
      <p>
        {englishOnly ? (
          <Link href={`/documents/${id}/read`}>{t("showHindi")}</Link>
        ) : (
          <Link href={`/documents/${id}/read?only=en`}>{t("englishOnly")}</Link>
        )}
      </p>
      <div className={englishOnly ? "reading-text english-only" : "reading-text"} data-testid="reading-text">
        {paragraphs.map((p) => (
          <div key={p.paragraph} className="reading-paragraph" data-testid="reading-paragraph">
            {!englishOnly && (
              <p lang="hi" className="reading-hindi">
                {p.hindi}
              </p>
            )}
            <p lang="en" className="reading-english" data-testid="reading-english">
              {p.english}
              {p.untranslated > 0 && <span className="muted"> [{t("untranslated", { count: p.untranslated })}]</span>}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
