import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { ProgressBar } from "@/features/documents/components/progress-bar";
import { TrySampleButton } from "@/features/documents/components/try-sample-button";
import { type DocumentSummary, loadDocuments } from "@/features/documents/data";
import { documentListQuery } from "@/features/documents/schema";
import { visibleProjectIds } from "@/features/projects/data";
import { Link } from "@/i18n/navigation";

export default async function DocumentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user } = await requirePageUser(params);
  const parsed = documentListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : documentListQuery.parse({});
  const [documents, t, format] = await Promise.all([
    loadDocuments(query, await visibleProjectIds(user)),
    getTranslations("documents"),
    getFormatter(),
  ]);
  const emptyInstallation = documents.length === 0 && !query.q;
  return (
    <section>
      <div className="page-head">
        <h1>{t("title")}</h1>
        <Link href="/documents/new" className="button primary">
          {t("new")}
        </Link>
      </div>
      {emptyInstallation ? (
        <div className="panel empty-state">
          <p>{t("empty")}</p>
          <TrySampleButton />
        </div>
      ) : (
        <>
          <search>
            <form className="toolbar" method="get">
              <label>
                {t("search")}
                <input type="search" name="q" defaultValue={query.q} />
              </label>
              <label>
                {t("sort")}
                <select name="sort" defaultValue={query.sort}>
                  <option value="activity">{t("sortActivity")}</option>
                  <option value="title">{t("sortTitle")}</option>
                  <option value="created">{t("sortCreated")}</option>
                  <option value="size">{t("sortSize")}</option>
                </select>
              </label>
              <button type="submit">{t("apply")}</button>
            </form>
          </search>
          {documents.length === 0 ? (
            <p>{t("emptySearch", { q: query.q })}</p>
          ) : (
            <table className="data-table" data-testid="document-list">
              <thead>
                <tr>
                  <th>{t("colTitle")}</th>
                  <th>{t("colSentences")}</th>
                  <th>{t("colWords")}</th>
                  <th>{t("colProgress")}</th>
                  <th>{t("colActivity")}</th>
                </tr>
              </thead>
              {groupByProject(documents).map((group) => (
                <tbody key={group.projectId} data-testid="project-group">
                  <tr>
                    <th colSpan={5} scope="colgroup">
                      <h2 className="table-group">
                        <Link href={`/projects/${group.projectId}`}>{t("projectGroup", { name: group.projectName })}</Link>
                      </h2>
                    </th>
                  </tr>
                  {group.documents.map((d) => (
                    <tr key={d.id}>
                      <td>
                        <Link href={`/documents/${d.id}`} lang="hi">
                          {d.title}
                        </Link>
                      </td>
                      <td>{format.number(d.sentenceCount)}</td>
                      <td>{format.number(d.wordCount)}</td>
                      <td>
                        <ProgressBar units={d.units} translated={d.translated} approved={d.approved} />
                        <div
                          className="muted small"
                          title={t("counts", { draft: d.draft, translated: d.translated, approved: d.approved, rejected: d.rejected })}
                        >
                          {t("countsShort", { draft: d.draft, translated: d.translated, approved: d.approved, rejected: d.rejected })}
                        </div>
                      </td>
                      <td>{format.relativeTime(d.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** The list grouped by project (projects by name), each group in the order the list was sorted. */
function groupByProject(documents: DocumentSummary[]) {
  const groups = new Map<string, { projectId: string; projectName: string; documents: DocumentSummary[] }>();
  for (const d of documents) {
    const group = groups.get(d.projectId) ?? { projectId: d.projectId, projectName: d.projectName, documents: [] };
    group.documents.push(d);
    groups.set(d.projectId, group);
  }
  return [...groups.values()].sort((a, b) => a.projectName.localeCompare(b.projectName));
}
