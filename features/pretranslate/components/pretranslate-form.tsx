"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState } from "react";
import { JobProgress } from "@/features/jobs/components/job-progress";
import { startJob } from "@/features/jobs/components/start-job";
import { useJob } from "@/features/jobs/components/use-job";
import { useJobOutcome } from "@/features/jobs/components/use-job-outcome";
import { isFinished, type JobView } from "@/features/jobs/schema";
import { failureFromJson } from "@/features/shell/components/post-form";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { PRETRANSLATE_MIN_FUZZY, type PretranslateResult } from "../types";

type Phase = { kind: "idle" } | { kind: "done"; result: PretranslateResult } | { kind: "undone" };

async function post(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  try {
    const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: response.status, json: await response.json().catch(() => null) };
  } catch {
    return { status: 0, json: null };
  }
}

/**
 * The document page's pre-translation: 100 %/101 % matches always, fuzzy matches from a chosen
 * score as drafts when asked. It runs as a background job followed with a determinate bar (also
 * after a reload, from `activeJob`); its result says what was filled (and what changed meanwhile
 * and was left alone) and offers the one undo that puts every filled unit back.
 */
export function PretranslateForm({ documentId, activeJob }: { documentId: string; activeJob: JobView | null }) {
  const t = useTranslations("pretranslate");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [fuzzy, setFuzzy] = useState(false);
  const [min, setMin] = useState(85);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const jobOutcome = useJobOutcome();
  const { job, follow, update } = useJob(activeJob);

  // A job that just finished: what it filled (the unit counts above changed), or why not.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per state change of the job, not on every poll
  useEffect(() => {
    if (!job) return;
    if (job.state === "succeeded") {
      setPhase({ kind: "done", result: job.result as PretranslateResult });
      router.refresh();
    } else setError(jobOutcome(job));
  }, [job?.id, job?.state]);

  async function run(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setPhase({ kind: "idle" });
    setSending(true);
    const started = await startJob(`/api/documents/${documentId}/pretranslate`, { min: fuzzy ? min : null });
    setSending(false);
    if (started.ok) follow(started.jobId);
    else setError(errorMessage(started.failure));
  }

  async function undo(entryId: number) {
    setError(null);
    const { status, json } = await post(`/api/documents/${documentId}/undo`, { entryId });
    if (status !== 200) return setError(status === 0 ? tErr("INTERNAL") : errorMessage(failureFromJson(json)));
    setPhase({ kind: "undone" });
    router.refresh();
  }

  const done = phase.kind === "done" ? phase.result : null;
  const running = job !== null && !isFinished(job.state);
  return (
    <section className="stack pretranslate" aria-labelledby="pretranslate-heading" data-testid="pretranslate">
      <h2 id="pretranslate-heading">{t("heading")}</h2>
      <p className="muted">{t("hint")}</p>
      <form className="inline-form" onSubmit={run}>
        <label>
          <input type="checkbox" checked={fuzzy} onChange={(e) => setFuzzy(e.target.checked)} /> {t("fuzzy")}
        </label>
        <label>
          <input
            type="number"
            aria-label={t("fuzzyMin")}
            min={PRETRANSLATE_MIN_FUZZY}
            max={99}
            value={min}
            disabled={!fuzzy}
            onChange={(e) => setMin(Math.min(99, Math.max(PRETRANSLATE_MIN_FUZZY, Number(e.target.value) || PRETRANSLATE_MIN_FUZZY)))}
          />{" "}
          %
        </label>
        <button type="submit" className="primary" disabled={sending || running}>
          {t("button")}
        </button>
      </form>
      {job && running && <JobProgress job={job} onChange={update} />}
      {done && (
        <div role="status" data-testid="pretranslate-result">
          <p>
            {done.undoId === null ? t("nothing") : t("done", { translated: done.translated, drafts: done.drafts })}
            {done.stale > 0 && <> {t("stale", { count: done.stale })}</>}
          </p>
          {done.undoId !== null && (
            <button type="button" onClick={() => undo(done.undoId as number)}>
              {t("undo")}
            </button>
          )}
        </div>
      )}
      {phase.kind === "undone" && <p role="status">{t("undone")}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
