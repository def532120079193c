"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { JobProgress } from "@/features/jobs/components/job-progress";
import { useJob } from "@/features/jobs/components/use-job";
import { useJobOutcome } from "@/features/jobs/components/use-job-outcome";
import type { JobView } from "@/features/jobs/schema";
import { failureFromJson, formDataWithoutEmptyFile } from "@/features/shell/components/post-form";
import { UploadProgress } from "@/features/shell/components/upload-progress";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useProgressUpload } from "@/features/shell/components/use-progress-upload";
import { Link, useRouter } from "@/i18n/navigation";
import type { AlignReport } from "../schema";

/**
 * Pastes or uploads an existing English translation and aligns it with the document's Hindi. The
 * alignment is a background job: the form follows its progress (also after a reload, from `activeJob`).
 */
export function AlignForm({ documentId, activeJob }: { documentId: string; activeJob: JobView | null }) {
  const t = useTranslations("alignment");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const { phase, upload } = useProgressUpload();
  const [error, setError] = useState<string | null>(null);
  const [needsConfirm, setNeedsConfirm] = useState(false);
  const [report, setReport] = useState<AlignReport | null>(null);
  const { job, follow, update } = useJob(activeJob);
  const jobState = job?.state;
  const jobResult = job?.result;
  const jobOutcome = useJobOutcome();

  // A job that just finished: its report, or why not; the unit counts above the form changed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per state change of the job, not on every poll
  useEffect(() => {
    if (jobState === "succeeded") {
      setReport(jobResult as AlignReport);
      router.refresh();
    } else if (job) {
      const outcome = jobOutcome(job);
      if (outcome) setError(outcome);
    }
  }, [job?.id, jobState]);

  async function send(replace: boolean) {
    const form = formRef.current;
    if (!form) return;
    const body = formDataWithoutEmptyFile(form);
    if (replace) body.set("replace", "1");
    setError(null);
    setNeedsConfirm(false);
    setReport(null);
    const result = await upload(`/api/documents/${documentId}/align`, body);
    if (!result) return setError(tErr("INTERNAL"));
    if (result.status === 202) {
      follow(String((result.json as { jobId: string }).jobId));
      return;
    }
    const failure = failureFromJson(result.json);
    const reason = failure.details?.reason;
    if (reason === "hasTranslations") setNeedsConfirm(true);
    else if (reason === "fileType") setError(t("fileType"));
    else setError(errorMessage(failure));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  const running = job !== null && (job.state === "queued" || job.state === "running");
  const busy = phase.kind !== "idle" || running;
  return (
    <section className="stack" data-testid="align-form" aria-labelledby="align-heading">
      <h2 id="align-heading">{t("heading")}</h2>
      <p className="muted">{t("hint")}</p>
      <form ref={formRef} className="stack" onSubmit={submit}>
        <label>
          {t("paste")}
          <textarea name="text" rows={8} lang="en" />
        </label>
        <label>
          {t("orUpload")}
          <input name="file" type="file" accept=".txt,.md,text/plain,text/markdown" />
        </label>
        <UploadProgress phase={phase} uploading={(percent) => t("uploading", { percent })} working={t("aligning")} />
        {job && running && <JobProgress job={job} onChange={update} />}
        {needsConfirm && (
          <div role="alert" className="notice">
            <p>{t("confirmReplace")}</p>
            <div className="inline-form">
              <button type="button" onClick={() => void send(true)}>
                {t("replace")}
              </button>
              <button type="button" onClick={() => setNeedsConfirm(false)}>
                {t("cancel")}
              </button>
            </div>
          </div>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t("submit")}
        </button>
      </form>
      {report && (
        <div className="notice" role="status" data-testid="align-report">
          <p>{t("reportTitle", { units: report.units, lowConfidence: report.lowConfidence })}</p>
          {report.replaced > 0 && <p>{t("replaced", { count: report.replaced })}</p>}
          <p>{t("shapesHeading")}</p>
          <ul>
            {Object.entries(report.beads)
              .sort((a, b) => b[1] - a[1])
              .map(([shape, count]) => (
                <li key={shape}>{t("shape", { shape, count })}</li>
              ))}
          </ul>
          <Link href={`/documents/${documentId}/edit?filter=lowConfidence`}>{t("openEditor")}</Link>
        </div>
      )}
    </section>
  );
}
