"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { failureFromJson } from "@/features/shell/components/post-form";
import { type ActionFailure, useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";

interface Report {
  added: number;
  updated: number;
  skipped: number;
  /** Cells that Setu's CSV export had escaped against spreadsheet formulas, restored on import. */
  restored?: number;
}

/** Uploads a CSV/TBX file to /api/glossary/import and shows what the merge did. */
/** Merges a file into one project's glossary. */
export function ImportForm({ projectId }: { projectId: string }) {
  const t = useTranslations("glossary");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!formRef.current) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const response = await fetch("/api/glossary/import", { method: "POST", body: new FormData(formRef.current) });
      const json = (await response.json().catch(() => null)) as (Report & { error?: Omit<ActionFailure, "ok"> }) | null;
      if (response.ok && json) {
        setReport(json);
        formRef.current.reset();
        router.refresh();
      } else {
        setError(errorMessage(failureFromJson(json)));
      }
    } catch {
      setError(tErr("INTERNAL"));
    }
    setBusy(false);
  }

  return (
    <form ref={formRef} className="stack" onSubmit={submit} data-testid="glossary-import-form">
      <input type="hidden" name="project" value={projectId} />
      <p className="muted">{t("importHint")}</p>
      <label>
        {t("importFile")}
        <input name="file" type="file" required accept=".csv,.tbx,.xml,text/csv,application/xml" />
      </label>
      <div className="inline-form">
        <button type="submit" disabled={busy}>
          {t("importButton")}
        </button>
        {busy && <span role="status">{t("importing")}</span>}
      </div>
      {report && (
        <p className="ok" role="status" data-testid="glossary-import-report">
          {t("importReport", { added: report.added, updated: report.updated, skipped: report.skipped })}
          {report.restored ? ` ${t("importRestored", { count: report.restored })}` : ""}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
