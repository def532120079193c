import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { type JobRow, JobsTable } from "@/features/jobs/components/jobs-table";
import { loadProjectJobs } from "@/features/jobs/data";
import { findProjectAccess } from "@/features/projects/data";
import { Link } from "@/i18n/navigation";
import { isEntityId } from "@/lib/ids";

/**
 * The project's jobs, or one document's (?document=ID): members only — a project the person is not
 * in is as missing as one that never was. Cancel is offered where the cancel route would allow it.
 */
export default async function ProjectJobsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ document?: string }>;
}) {
  const { user } = await requirePageUser(params);
  const { id } = await params;
  const access = await findProjectAccess(user, id);
  if (!access) notFound();
  const { document } = await searchParams;
  const documentId = document && isEntityId(document) ? document : null;
  const [jobs, t] = await Promise.all([loadProjectJobs(id, { documentId }), getTranslations("jobs")]);
  const manages = access.globalRole === "admin" || access.projectRole === "manager";
  const rows: JobRow[] = jobs.map((job) => ({ ...job, mayCancel: manages || job.requestedBy.id === user.id }));
  const title = documentId ? (jobs[0]?.documentTitle ?? null) : null;
  return (
    <section className="stack">
      <div className="page-head">
        <h1>{title ? t("listTitleDocument", { title }) : t("listTitle")}</h1>
        {documentId ? (
          <Link href={`/projects/${id}/jobs`}>{t("allJobs")}</Link>
        ) : (
          <Link href={`/projects/${id}`}>{access.projectName}</Link>
        )}
      </div>
      <p className="muted">{t("listHint")}</p>
      <JobsTable jobs={rows} showDocument={documentId === null} />
    </section>
  );
}
