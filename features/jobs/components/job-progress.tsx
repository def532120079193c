"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureFromJson } from "@/features/shell/components/post-form";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { type JobView, percentOf } from "../schema";

/**
 * A queued or running job: a determinate progress bar (its sentences or units done of total) and a Cancel button.
 * `onChange` receives the job as the cancel left it.
 */
export function JobProgress({ job, onChange }: { job: JobView; onChange: (job: JobView) => void }) {
  const t = useTranslations("jobs");
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const percent = percentOf(job);

  async function cancel() {
    setCancelling(true);
    setError(null);
    try {
      const response = await fetch(`/api/jobs/${job.id}/cancel`, { method: "POST" });
      const json: unknown = await response.json();
      if (response.ok) onChange(json as JobView);
      else setError(errorMessage(failureFromJson(json)));
    } catch {
      setError(errorMessage({ code: "NETWORK" }));
    } finally {
      setCancelling(false);
    }
  }

  return (
    <div className="notice stack" role="status" data-testid="job-progress" data-state={job.state}>
      <label>
        {job.state === "queued" ? t("queued") : t("running", { kind: job.kind, done: job.done, total: job.total, percent })}
        <progress max={Math.max(1, job.total)} value={job.done} aria-valuetext={t("percent", { percent })} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button type="button" onClick={() => void cancel()} disabled={cancelling}>
          {t("cancel")}
        </button>
      </div>
    </div>
  );
}
