import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { loadEditorDocument } from "@/features/editor/data";
import { findDocumentAccess } from "@/features/projects/data";
import { QaCounts, QaFilterForm, QaPager, QaUnitList, reportQuery } from "@/features/qa/components/qa-report";
import { loadQaCounts, loadQaUnits, REPORT_PAGE_SIZE } from "@/features/qa/data";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { qaReportQuery } from "@/features/qa/schema";
import { Link } from "@/i18n/navigation";

export default async function QaReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale, user } = await requirePageUser(params);
  const { id } = await params;
  if (!(await findDocumentAccess(user, id))) notFound();
  const doc = await loadEditorDocument(id);
  if (!doc) notFound();
  const parsed = qaReportQuery.safeParse(Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v)));
  const query = parsed.success ? parsed.data : {};
  const page = query.page ?? 1;
  await ensureDocumentQa(id);
  const [counts, list, t, tDocs] = await Promise.all([
    loadQaCounts(id),
    loadQaUnits(id, query, page),
    getTranslations("qa"),
    getTranslations("documents"),
  ]);
  const errors = counts.rows.reduce((n, r) => n + r.errors, 0);
  const warnings = counts.rows.reduce((n, r) => n + r.warnings, 0);
  const csv = `/api/documents/${id}/qa${reportQuery(query) || "?"}${reportQuery(query) ? "&" : ""}format=csv&locale=${locale}`;
  return (
    <section className="qa-report">
      <div className="page-head">
        <h1>
          {t("reportTitle")}: <span lang="hi">{doc.title}</span>
        </h1>
        <Link href={`/documents/${id}/edit`}>{tDocs("openEditor")}</Link>
      </div>
      <p data-testid="qa-summary">{t("reportSummary", { errors, warnings, units: counts.units, total: counts.total })}</p>
      <p>
        <a href={csv} download className="button">
          {t("downloadCsv")}
        </a>
      </p>
      <QaCounts rows={counts.rows} />
      <QaFilterForm query={query} />
      <QaUnitList documentId={id} units={list.units} />
      <QaPager query={query} page={page} pages={Math.ceil(list.matching / REPORT_PAGE_SIZE)} />
    </section>
  );
}
