import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { EntryForm } from "@/features/glossary/components/entry-form";
import { EntryRow } from "@/features/glossary/components/entry-row";
import { ImportForm } from "@/features/glossary/components/import-form";
import { PartOfSpeechTag } from "@/features/glossary/components/part-of-speech";
import { type GlossaryEntryView, loadGlossary, loadProposals } from "@/features/glossary/data";
import { glossaryListQuery } from "@/features/glossary/schema";
import { loadMyProjects } from "@/features/projects/data";
import { mayInProject } from "@/lib/editor/policy";

export default async function GlossaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user } = await requirePageUser(params);
  const parsed = glossaryListQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : glossaryListQuery.parse({});
  const projects = await loadMyProjects(user);
  // The project asked for (another project's glossary is as missing as one that never was), else the
  // first one; "" (no project) shows an empty glossary.
  const project = query.project ? projects.find((p) => p.id === query.project) : projects[0];
  if (query.project && !project) notFound();
  const projectId = project?.id ?? "";
  // Reviewers and managers of this project edit its glossary (administrators any); other members propose.
  const canEdit = project ? mayInProject(user.role, project.role, "edit-glossary") : false;
  const [entries, proposals, t, format] = await Promise.all([
    loadGlossary(projectId, query),
    loadProposals(projectId),
    getTranslations("glossary"),
    getFormatter(),
  ]);

  const who = (name: string | null) => name ?? t("unknownUser");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const rowOf = (e: GlossaryEntryView, proposal: boolean) => (
    <EntryRow
      key={e.id}
      canEdit={canEdit}
      proposal={proposal}
      entry={{ ...e, updatedAt: e.updatedAt.toISOString() }}
      changed={
        proposal ? (
          t("proposedBy", { name: who(e.createdBy), when: when(e.createdAt) })
        ) : (
          <>
            <span>{t("addedBy", { name: who(e.createdBy), when: when(e.createdAt) })}</span>
            {e.updatedAt.getTime() !== e.createdAt.getTime() && (
              <span>{t("changedBy", { name: who(e.updatedBy), when: when(e.updatedAt) })}</span>
            )}
          </>
        )
      }
    >
      <td>
        <span lang="hi" className="glossary-hindi">
          {e.hindi}
        </span>
        <PartOfSpeechTag hindi={e.hindi} partOfSpeech={e.partOfSpeech} />
      </td>
      <td>
        <ul className="glossary-terms">
          {e.terms.map((term) => (
            <li key={term.english} lang="en">
              {term.english}
              {term.status !== "preferred" && (
                <span className={`glossary-status glossary-status-${term.status}`} lang={locale}>
                  {t(`status_${term.status}`)}
                </span>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td>{e.note}</td>
    </EntryRow>
  );

  const head = (
    <thead>
      <tr>
        <th>{t("colHindi")}</th>
        <th>{t("colEnglish")}</th>
        <th>{t("colNote")}</th>
        <th>{t("colChanged")}</th>
        <th>{t("colActions")}</th>
      </tr>
    </thead>
  );

  return (
    <section className="stack">
      <div className="page-head">
        <h1>{t("title")}</h1>
        <nav className="inline-form" aria-label={t("exportHeading")}>
          <a className="button" href={`/api/glossary/export?format=csv&project=${projectId}`} download>
            {t("exportCsv")}
          </a>
          <a className="button" href={`/api/glossary/export?format=tbx&project=${projectId}`} download>
            {t("exportTbx")}
          </a>
        </nav>
      </div>
      <p className="muted">{t("intro")}</p>

      <search>
        <form className="toolbar" method="get">
          <label>
            {t("search")}
            <input type="search" name="q" defaultValue={query.q} />
          </label>
          <button type="submit">{t("searchButton")}</button>
          <span className="muted">{t("count", { count: entries.length })}</span>
        </form>
      </search>

      {entries.length === 0 ? (
        <p>{query.q ? t("emptySearch", { q: query.q }) : t("empty")}</p>
      ) : (
        <table className="data-table glossary-table" data-testid="glossary-list">
          {head}
          <tbody>{entries.map((e) => rowOf(e, false))}</tbody>
        </table>
      )}

      <section className="panel stack">
        <h2>{t("proposalsHeading")}</h2>
        {proposals.length === 0 ? (
          <p className="muted">{t("noProposals")}</p>
        ) : (
          <table className="data-table glossary-table" data-testid="glossary-proposals">
            {head}
            <tbody>{proposals.map((e) => rowOf(e, true))}</tbody>
          </table>
        )}
      </section>

      <div className="glossary-panels">
        {canEdit ? (
          <>
            <section className="panel stack">
              <h2>{t("addHeading")}</h2>
              <EntryForm mode="create" projectId={projectId} />
            </section>
            <section className="panel stack">
              <h2>{t("importHeading")}</h2>
              <ImportForm projectId={projectId} />
            </section>
          </>
        ) : (
          <section className="panel stack">
            <h2>{t("proposeHeading")}</h2>
            <p className="muted">{t("proposeHint")}</p>
            <EntryForm mode="propose" projectId={projectId} />
          </section>
        )}
      </div>
    </section>
  );
}
