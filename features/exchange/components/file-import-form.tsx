"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { JobProgress } from "@/features/jobs/components/job-progress";
import { useJob } from "@/features/jobs/components/use-job";
import { useJobOutcome } from "@/features/jobs/components/use-job-outcome";
import type { JobView } from "@/features/jobs/schema";
import { ProjectSelect } from "@/features/projects/components/project-select";
import type { ProjectOption } from "@/features/projects/types";
import { failureFromJson } from "@/features/shell/components/post-form";
import { reasonOf, useErrorMessage } from "@/features/shell/components/use-error-message";
import { Link } from "@/i18n/navigation";
import type { ErrorReason } from "@/lib/errors";
import type { FileImportReport } from "../schema";

// Refusals this form explains itself (everything else goes through the shared error messages).
const ownReasons = ["fileType"] as const satisfies readonly ErrorReason[];
const isOwnReason = (reason: ErrorReason | null): reason is (typeof ownReasons)[number] =>
  reason !== null && (ownReasons as readonly string[]).includes(reason);
const namedSkips = [
  "empty-text",
  "not-translatable",
  "empty-cue",
  "textBoxes",
  "footnotes",
  "endnotes",
  "comments",
  "headersFooters",
  "notes-without-author",
] as const;
const isNamedSkip = (reason: string): reason is (typeof namedSkips)[number] => (namedSkips as readonly string[]).includes(reason);

/**
 * Uploads a TMX, XLIFF, DOCX or SRT file to the import route and shows what was imported and skipped.
 * A large file is imported by a job (202): its progress bar, then the same report from the job's result;
 * after a reload, the person's unfinished import (`activeJob`) is followed again.
 */
export function FileImportForm({ projects, activeJob }: { projects: ProjectOption[]; activeJob: JobView | null }) {
  const t = useTranslations("exchange");
  const tErr = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<FileImportReport | null>(null);
  const followed = useJob(activeJob);
  const { follow, update } = followed;
  // The job of this submission only: a new submission hides the previous one's bar or report.
  const [jobId, setJobId] = useState<string | null>(activeJob?.id ?? null);
  const job = followed.job && followed.job.id === jobId ? followed.job : null;
  const outcome = useJobOutcome();
  const running = job !== null && (job.state === "queued" || job.state === "running");
  const shown = report ?? (job?.state === "succeeded" ? (job.result as FileImportReport) : null);
  const failed = job ? outcome(job) : null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setReport(null);
    setJobId(null);
    try {
      const response = await fetch("/api/documents/import", { method: "POST", body: new FormData(event.currentTarget) });
      const json: unknown = await response.json();
      if (response.status === 201) {
        setReport(json as FileImportReport);
      } else if (response.status === 202) {
        const id = String((json as { jobId: string }).jobId);
        setJobId(id);
        follow(id);
      } else {
        const failure = failureFromJson(json);
        const reason = reasonOf(failure);
        setError(isOwnReason(reason) ? t(reason) : errorMessage(failure));
      }
    } catch {
      setError(tErr("INTERNAL"));
    }
    setBusy(false);
  }

  return (
    <form className="stack" onSubmit={submit} data-testid="file-import-form">
      <ProjectSelect projects={projects} />
      <p className="muted">{t("fileImportHint")}</p>
      <label>
        {t("titleLabel")}
        <input name="title" maxLength={200} />
      </label>
      <label>
        {t("anyFile")}
        <input name="file" type="file" accept=".tmx,.xlf,.xliff,.docx,.srt" />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {job && running && (
        <>
          <p className="muted">{t("importQueued")}</p>
          <JobProgress job={job} onChange={update} />
        </>
      )}
      {failed && (
        <p className="error" role="alert">
          {failed}
        </p>
      )}
      {shown && (
        <div className="notice" role="status" data-testid="file-import-report">
          <p>
            {shown.format === "tmx"
              ? t("reportTitle", { units: shown.units, read: shown.read })
              : t("reportFile", { units: shown.units, read: shown.read })}
          </p>
          <ul>
            {shown.capped > 0 && <li>{t("capped", { count: shown.capped })}</li>}
            {Object.entries(shown.skipped).map(([reason, count]) => (
              <li key={reason}>
                {isNamedSkip(reason) ? t("skippedNamed", { what: t(`skipReasons.${reason}`), count }) : t("skipped", { reason, count })}
              </li>
            ))}
            {shown.extraLanguages.length > 0 && <li>{t("extraLanguages", { languages: shown.extraLanguages.join(", ") })}</li>}
          </ul>
          <Link href={`/documents/${shown.id}`}>{t("openDocument")}</Link>
        </div>
      )}
      <button type="submit" disabled={busy || running}>
        {busy ? t("importing") : t("importFile")}
      </button>
    </form>
  );
}
