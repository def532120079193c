"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { JobProgress } from "@/features/jobs/components/job-progress";
import { startJob } from "@/features/jobs/components/start-job";
import { useJob } from "@/features/jobs/components/use-job";
import { useJobOutcome } from "@/features/jobs/components/use-job-outcome";
import { isFinished, type JobView } from "@/features/jobs/schema";
import { useErrorMessage } from "@/features/shell/components/use-error-message";

/** What a finished re-index answers with (features/tm/mutations.ts runReindexJob). */
interface ReindexResult {
  entries: number;
  changed: number;
  duplicates: number;
}

/**
 * "Re-index memory" for those the memory policy lets import into it (the route asks the same policy):
 * queues the re-index job and follows it with a determinate bar, also after a reload (`activeJob`);
 * a press while one runs follows that one (the route answers 409 jobRunning with its id).
 */
export function MemoryReindex({ projectId, activeJob }: { projectId: string; activeJob: JobView | null }) {
  const t = useTranslations("memoryExchange");
  const errorMessage = useErrorMessage();
  const outcome = useJobOutcome();
  const { job, follow, update } = useJob(activeJob);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const running = job !== null && !isFinished(job.state);
  const result = job?.state === "succeeded" ? (job.result as ReindexResult) : null;
  const failed = job ? outcome(job) : null;

  async function start() {
    setError(null);
    setSending(true);
    const started = await startJob(`/api/projects/${encodeURIComponent(projectId)}/memory/reindex`);
    setSending(false);
    if (started.ok) follow(started.jobId);
    else setError(errorMessage(started.failure));
  }

  return (
    <div className="stack" data-testid="memory-reindex">
      <p className="muted">{t("reindexHint")}</p>
      {job && running && <JobProgress job={job} onChange={update} />}
      {(error ?? failed) && (
        <p className="error" role="alert">
          {error ?? failed}
        </p>
      )}
      {result && (
        <p className="ok" role="status" data-testid="memory-reindex-report">
          {t("reindexReport", { entries: result.entries, changed: result.changed, duplicates: result.duplicates })}
        </p>
      )}
      <div>
        <button type="button" onClick={() => void start()} disabled={sending || running}>
          {t("reindexButton")}
        </button>
      </div>
    </div>
  );
}
