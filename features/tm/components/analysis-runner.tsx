"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { JobProgress } from "@/features/jobs/components/job-progress";
import { startJob } from "@/features/jobs/components/start-job";
import { useJob } from "@/features/jobs/components/use-job";
import { useJobOutcome } from "@/features/jobs/components/use-job-outcome";
import { isFinished, type JobView } from "@/features/jobs/schema";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";

/**
 * Starts the document's analysis as a background job and follows it with a determinate bar (also
 * after a reload, from `activeJob`); once it succeeds the page is refreshed and shows its bands.
 */
export function AnalysisRunner({ documentId, activeJob, analysed }: { documentId: string; activeJob: JobView | null; analysed: boolean }) {
  const t = useTranslations("analysis");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const jobOutcome = useJobOutcome();
  const { job, follow, update } = useJob(activeJob);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per state change of the job, not on every poll
  useEffect(() => {
    if (!job) return;
    if (job.state === "succeeded") router.refresh();
    else setError(jobOutcome(job));
  }, [job?.id, job?.state]);

  async function run() {
    setError(null);
    setSending(true);
    const started = await startJob(`/api/documents/${documentId}/analyse`, {});
    setSending(false);
    if (started.ok) follow(started.jobId);
    else setError(errorMessage(started.failure));
  }

  const running = job !== null && !isFinished(job.state);
  return (
    <div className="stack">
      {job && running && <JobProgress job={job} onChange={update} />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="button" onClick={() => void run()} disabled={sending || running}>
          {analysed ? t("runAgain") : t("run")}
        </button>
      </div>
    </div>
  );
}
