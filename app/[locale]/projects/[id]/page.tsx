import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { InvitationsPanel } from "@/features/invitations/components/invitations-panel";
import { loadActiveProjectJob } from "@/features/jobs/data";
import { AssignmentForm } from "@/features/projects/components/assignment-form";
import { DueBadge } from "@/features/projects/components/due-badge";
import { LocalDate } from "@/features/projects/components/local-date";
import { MembersPanel } from "@/features/projects/components/members-panel";
import { findProjectAccess, loadProjectDocuments, loadProjectMembers } from "@/features/projects/data";
import { ProjectQaSettings } from "@/features/qa/components/project-qa-settings";
import { loadProjectQaSettings } from "@/features/qa/data";
import { MemoryExchange } from "@/features/tm/components/memory-exchange";
import { MemoryReindex } from "@/features/tm/components/memory-reindex";
import { countMemoryEntries } from "@/features/tm/data";
import { Link } from "@/i18n/navigation";
import { decideMemory, mayInProject, mayInvite } from "@/lib/editor/policy";
import { documentDueState, progressByPerson } from "@/lib/projects/progress";

export default async function ProjectPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { user } = await requirePageUser(params);
  const { id } = await params;
  // A project the user is not in is as missing as one that never was.
  const access = await findProjectAccess(user, id);
  if (!access) notFound();
  const canReindex = decideMemory(access.role, "memory-import").allowed;
  const [members, documents, t, qaSettings, memoryEntries, tJobs, activeReindex] = await Promise.all([
    loadProjectMembers(id),
    loadProjectDocuments(id),
    getTranslations("projects"),
    loadProjectQaSettings(id),
    countMemoryEntries(id),
    getTranslations("jobs"),
    canReindex ? loadActiveProjectJob(id, "reindex") : null,
  ]);
  const canManage = mayInProject(access.globalRole, access.projectRole, "manage-members");
  const canAssign = mayInProject(access.globalRole, access.projectRole, "assign");
  const canInvite = mayInvite(access.globalRole, access.projectRole, "translator");
  const now = new Date();
  const people = progressByPerson(
    documents,
    members.map((m) => m.userId),
    now,
  );
  const nameOf = new Map(members.map((m) => [m.userId, m.name]));
  const pct = (done: number, of: number) => (of === 0 ? 0 : Math.round((100 * done) / of));

  return (
    <section className="stack">
      <div className="page-head">
        <h1 data-testid="project-name">{access.projectName}</h1>
        <Link href={`/projects/${id}/jobs`} data-testid="project-jobs-link">
          {tJobs("link")}
        </Link>
      </div>
      <MembersPanel projectId={id} members={members} canManage={canManage} />
      {qaSettings && (
        <ProjectQaSettings
          projectId={id}
          settings={qaSettings}
          canEdit={mayInProject(access.globalRole, access.projectRole, "manage-settings")}
        />
      )}
      {canInvite && <InvitationsPanel projectId={id} />}
      <MemoryExchange projectId={id} count={memoryEntries} canImport={canReindex}>
        {canReindex && <MemoryReindex projectId={id} activeJob={activeReindex} />}
      </MemoryExchange>

      <section className="panel stack" aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t("documentsHeading")}</h2>
        {documents.length === 0 ? (
          <p className="muted">{t("noDocuments")}</p>
        ) : (
          <table className="data-table" data-testid="project-documents">
            <thead>
              <tr>
                <th>{t("colDocument")}</th>
                <th>{t("colProgress")}</th>
                <th>{t("colAssignment")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id} data-testid="project-document">
                  <td>
                    <Link href={`/documents/${d.id}`}>{d.title}</Link>
                  </td>
                  <td data-testid="document-progress">
                    <div>{t("wordsTranslated", { done: d.wordsTranslated, total: d.words, percent: pct(d.wordsTranslated, d.words) })}</div>
                    <div>{t("wordsApproved", { done: d.wordsApproved, total: d.words, percent: pct(d.wordsApproved, d.words) })}</div>
                    {d.dueDate && (
                      <div>
                        {t("dueOn")} <LocalDate iso={d.dueDate.toISOString()} /> <DueBadge state={documentDueState(d, now)} />
                      </div>
                    )}
                  </td>
                  <td>
                    {canAssign ? (
                      <AssignmentForm
                        title={d.title}
                        members={members}
                        assignment={{
                          documentId: d.id,
                          translatorId: d.translatorId,
                          reviewerId: d.reviewerId,
                          dueDate: d.dueDate?.toISOString() ?? null,
                        }}
                      />
                    ) : (
                      <>
                        <div>
                          {t("translator")}: {d.translatorName ?? t("nobody")}
                        </div>
                        <div>
                          {t("reviewer")}: {d.reviewerName ?? t("nobody")}
                        </div>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="panel stack" aria-labelledby="people-heading">
        <h2 id="people-heading">{t("peopleHeading")}</h2>
        <table className="data-table" data-testid="project-people">
          <thead>
            <tr>
              <th>{t("colMember")}</th>
              <th>{t("colTranslating")}</th>
              <th>{t("colReviewing")}</th>
              <th>{t("colDue")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.userId} data-testid="person-progress">
                <td>{nameOf.get(p.userId)}</td>
                <td>{t("personTranslated", { documents: p.toTranslate, done: p.wordsTranslated, total: p.wordsToTranslate })}</td>
                <td>{t("personApproved", { documents: p.toReview, done: p.wordsApproved, total: p.wordsToReview })}</td>
                <td>{t("personDue", { soon: p.dueSoon, overdue: p.overdue })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
