import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { AlignForm } from "@/features/alignment/components/align-form";
import { DeleteDocumentButton } from "@/features/documents/components/delete-document-button";
import { ProgressBar } from "@/features/documents/components/progress-bar";
import { loadDocumentSummary, loadSentences, SENTENCE_PAGE_SIZE } from "@/features/documents/data";
import { ExportPanel } from "@/features/exchange/components/export-panel";
import { loadActiveJob, loadKeptExport, loadLastSucceededJob } from "@/features/jobs/data";
import { PretranslateForm } from "@/features/pretranslate/components/pretranslate-form";
import { findDocumentAccess } from "@/features/projects/data";
import { DocumentAnalysis } from "@/features/tm/components/document-analysis";
import { Link } from "@/i18n/navigation";
import { decideMemory, mayInProject } from "@/lib/editor/policy";
import { exportJobThresholdUnits } from "@/lib/server/env";

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ page?: string; created?: string }>;
}) {
  const { locale, user } = await requirePageUser(params);
  const { id } = await params;
  const access = await findDocumentAccess(user, id);
  if (!access) notFound();
  const doc = await loadDocumentSummary(id);
  if (!doc) notFound();
  const { page: pageParam, created } = await searchParams;
  const pages = Math.max(1, Math.ceil(doc.sentenceCount / SENTENCE_PAGE_SIZE));
  const page = Math.min(Math.max(0, Number.parseInt(pageParam ?? "1", 10) - 1 || 0), pages - 1);
  const [sentences, t, format] = await Promise.all([loadSentences(id, page), getTranslations("documents"), getFormatter()]);
  const [tQa, tJobs] = await Promise.all([getTranslations("qa"), getTranslations("jobs")]);
  const [activeAlignment, activeAnalysis, lastAnalysis, activePretranslation, activeExport, keptExport] = await Promise.all([
    loadActiveJob(id, "align"),
    loadActiveJob(id, "analyse"),
    loadLastSucceededJob(id, "analyse"),
    loadActiveJob(id, "pretranslate"),
    loadActiveJob(id, "export", user.id),
    loadKeptExport(id, user.id),
  ]);
  return (
    <section>
      <div className="page-head">
        <h1 lang="hi">{doc.title}</h1>
        <Link href={`/documents/${id}/edit`} className="button primary">
          {t("openEditor")}
        </Link>
        <Link href={`/documents/${id}/qa`}>{tQa("reportLink")}</Link>
        <Link href={`/projects/${access.projectId}/jobs?document=${id}`} data-testid="document-jobs-link">
          {tJobs("link")}
        </Link>
      </div>
      {created && (
        <p className="notice" role="status">
          {t("created", { title: doc.title, sentences: doc.sentenceCount, paragraphs: doc.paragraphCount })}
        </p>
      )}
      <p className="muted">
        {doc.sourceLang} → {doc.targetLang} · <span data-testid="paragraph-count">{t("paragraphs", { count: doc.paragraphCount })}</span> ·{" "}
        {t("sentences", { count: doc.sentenceCount })} · {t("words", { count: doc.wordCount })} · {format.relativeTime(doc.updatedAt)}
      </p>
      <p data-testid="unit-counts">
        <ProgressBar units={doc.units} translated={doc.translated} approved={doc.approved} />{" "}
        {t("counts", { draft: doc.draft, translated: doc.translated, approved: doc.approved, rejected: doc.rejected })}
      </p>
      <ExportPanel
        documentId={doc.id}
        sourceFormat={doc.sourceFormat}
        approved={doc.approved}
        withEnglish={doc.withEnglish}
        asJob={doc.units > exportJobThresholdUnits()}
        activeJob={activeExport ?? keptExport}
      />
      {mayInProject(access.globalRole, access.projectRole, "delete-document") && (
        <DeleteDocumentButton documentId={doc.id} title={doc.title} />
      )}
      <AlignForm documentId={doc.id} activeJob={activeAlignment} />
      <DocumentAnalysis documentId={doc.id} last={lastAnalysis} active={activeAnalysis} />
      {decideMemory(access.role, "pre-translate").allowed && <PretranslateForm documentId={doc.id} activeJob={activePretranslation} />}
      <h2>{t("sentencesHeading")}</h2>
      <ol className="sentence-list" start={page * SENTENCE_PAGE_SIZE + 1} data-testid="sentence-list">
        {sentences.map((s, i) => {
          const newParagraph = i > 0 && sentences[i - 1].paragraph !== s.paragraph;
          return (
            <li key={s.position} className={`${s.kind}${newParagraph ? " new-paragraph" : ""}`} lang="hi">
              {s.text}
              {s.kind !== "sentence" && (
                <span className="kind-tag" lang={locale}>
                  {s.kind === "heading" ? t("kindHeading") : t("kindListItem")}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {pages > 1 && (
        <nav className="inline-form" aria-label={t("page", { page: page + 1, pages })}>
          {page > 0 && <Link href={`/documents/${id}?page=${page}`}>{t("previous")}</Link>}
          <span>{t("page", { page: page + 1, pages })}</span>
          {page < pages - 1 && <Link href={`/documents/${id}?page=${page + 2}`}>{t("next")}</Link>}
        </nav>
      )}
    </section>
  );
}
