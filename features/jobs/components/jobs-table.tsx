"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { failureFromJson } from "@/features/shell/components/post-form";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { Link, useRouter } from "@/i18n/navigation";
import { isFinished, type JobView, percentOf } from "../schema";

/**
 * A row of the list: the job, its document's title, whether this person may cancel it, and whether the
 * file it made (an export's) is still kept for its download.
 */
export type JobRow = JobView & { documentTitle: string | null; mayCancel: boolean; outputKept: boolean };

/** How often the list is read again while one of its jobs is queued or running. */
const REFRESH_MS = 2_000;

/**
 * A project's (or one document's) jobs, newest first: kind, document, state, progress, who and when,
 * and Cancel on a queued or running job for whoever may cancel it (its requester, a project manager,
 * an administrator: the cancel route decides again). A finished export offers its file while it is
 * kept (the download route asks for permission again), and says "expired" after. While a job is unfinished the page is read
 * again every two seconds, so progress and states move without a reload.
 */
export function JobsTable({ jobs, showDocument }: { jobs: JobRow[]; showDocument: boolean }) {
  const t = useTranslations("jobs");
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const active = jobs.some((j) => !isFinished(j.state));
  // The server renders UTC; the browser then shows its reader's own time (as LocalDate does).
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);

  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [active, router]);

  async function cancel(id: string) {
    setError(null);
    setCancelling(id);
    try {
      const response = await fetch(`/api/jobs/${id}/cancel`, { method: "POST" });
      if (!response.ok) setError(errorMessage(failureFromJson(await response.json().catch(() => null))));
    } catch {
      setError(errorMessage({ code: "NETWORK" }));
    } finally {
      setCancelling(null);
      router.refresh();
    }
  }

  if (jobs.length === 0) return <p className="muted">{t("none")}</p>;
  return (
    <>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <table className="data-table" data-testid="jobs-table">
        <thead>
          <tr>
            <th scope="col">{t("colKind")}</th>
            {showDocument && <th scope="col">{t("colDocument")}</th>}
            <th scope="col">{t("colState")}</th>
            <th scope="col">{t("colProgress")}</th>
            <th scope="col">{t("colWho")}</th>
            <th scope="col">{t("colWhen")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("colActions")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} data-testid="job-row" data-kind={job.kind} data-state={job.state}>
              <td>{t("kind", { kind: job.kind })}</td>
              {showDocument && <td>{job.documentId && <Link href={`/documents/${job.documentId}`}>{job.documentTitle}</Link>}</td>}
              <td>{t("state", { state: job.state })}</td>
              <td>
                <progress
                  max={Math.max(1, job.total)}
                  value={job.done}
                  aria-label={t("progress", { done: job.done, total: job.total, percent: percentOf(job) })}
                />{" "}
                {t("progress", { done: job.done, total: job.total, percent: percentOf(job) })}
              </td>
              <td>{job.requestedBy.name}</td>
              <td>
                <time dateTime={job.createdAt}>
                  {format.dateTime(new Date(job.createdAt), { dateStyle: "medium", timeStyle: "short", timeZone })}
                </time>
              </td>
              <td>
                {job.kind === "export" &&
                  job.state === "succeeded" &&
                  (job.outputKept ? (
                    <a href={`/api/jobs/${job.id}/download`} download data-testid="job-download">
                      {t("downloadFile")}
                    </a>
                  ) : (
                    <span className="muted" data-testid="job-expired">
                      {t("expired")}
                    </span>
                  ))}
                {job.mayCancel && !isFinished(job.state) && (
                  <button type="button" onClick={() => void cancel(job.id)} disabled={cancelling === job.id}>
                    {t("cancel")}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
