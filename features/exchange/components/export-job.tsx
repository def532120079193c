"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { JobProgress } from "@/features/jobs/components/job-progress";
import { startJob } from "@/features/jobs/components/start-job";
import { useJob } from "@/features/jobs/components/use-job";
import { useJobOutcome } from "@/features/jobs/components/use-job-outcome";
import { isFinished, type JobView } from "@/features/jobs/schema";
import { useErrorMessage } from "@/features/shell/components/use-error-message";

/** What a finished export job answers with (features/exchange/mutations.ts runExportJob). */
interface ExportJobResult {
  fileName: string;
  bytes: number;
}

/**
 * The export as a background job (POST to the export route with the panel's query): a determinate bar
 * while it runs (also after a reload, from `activeJob`, the person's own unfinished export), then a
 * link to the file through GET /api/jobs/:id/download, which asks for permission again (also on a
 * later visit while the file is kept, when `activeJob` is the person's last finished export).
 */
export function ExportJob({
  documentId,
  query,
  activeJob,
  primary,
  disabled,
}: {
  documentId: string;
  /** The export route's query the panel built (format, scope, notes, languages, line length). */
  query: string;
  activeJob: JobView | null;
  /** The document is too large for a direct download: this is the panel's only way to export. */
  primary: boolean;
  disabled: boolean;
}) {
  const t = useTranslations("exchange");
  const errorMessage = useErrorMessage();
  const outcome = useJobOutcome();
  const followed = useJob(activeJob);
  // The job of this panel's last start only: a new start hides the previous one's link.
  const [jobId, setJobId] = useState<string | null>(activeJob?.id ?? null);
  const job = followed.job && followed.job.id === jobId ? followed.job : null;
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const running = job !== null && !isFinished(job.state);
  const result = job?.state === "succeeded" ? (job.result as ExportJobResult) : null;
  const failed = job ? outcome(job) : null;

  async function start() {
    setError(null);
    setSending(true);
    const started = await startJob(`/api/documents/${encodeURIComponent(documentId)}/export?${query}`);
    setSending(false);
    if (!started.ok) return setError(errorMessage(started.failure));
    setJobId(started.jobId);
    followed.follow(started.jobId);
  }

  return (
    <div className="stack" data-testid="export-job">
      {primary && <p className="muted">{t("exportLarge")}</p>}
      {job && running && <JobProgress job={job} onChange={followed.update} />}
      {(error ?? failed) && (
        <p className="error" role="alert">
          {error ?? failed}
        </p>
      )}
      {job && result && (
        <p className="notice" role="status">
          {t("exportReady")}{" "}
          <a href={`/api/jobs/${job.id}/download`} download data-testid="export-job-download">
            {t("downloadNamed", { name: result.fileName })}
          </a>
        </p>
      )}
      <div>
        <button
          type="button"
          className={primary ? "primary" : undefined}
          onClick={() => void start()}
          disabled={disabled || sending || running}
        >
          {t("prepareExport")}
        </button>
      </div>
    </div>
  );
}
