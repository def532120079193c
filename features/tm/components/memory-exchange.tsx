"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { failureFromJson } from "@/features/shell/components/post-form";
import { UploadProgress } from "@/features/shell/components/upload-progress";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useProgressUpload } from "@/features/shell/components/use-progress-upload";
import { useRouter } from "@/i18n/navigation";
import type { MemoryImportReport } from "../types";

/**
 * The project page's "Translation memory" section: how many entries it holds, the TMX export for
 * every member and, for those the memory policy lets import, a TMX upload with its progress and report.
 */
export function MemoryExchange({
  projectId,
  count,
  canImport,
  children,
}: {
  projectId: string;
  count: number;
  canImport: boolean;
  /** More of the memory's tools, below the import (the re-index button). */
  children?: ReactNode;
}) {
  const t = useTranslations("memoryExchange");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const { phase, upload } = useProgressUpload();
  const [report, setReport] = useState<MemoryImportReport | null>(null);
  const [error, setError] = useState<string[] | null>(null);
  const base = `/api/projects/${encodeURIComponent(projectId)}/memory`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const form = formRef.current;
    if (!form) return;
    setError(null);
    setReport(null);
    const result = await upload(`${base}/import`, new FormData(form));
    if (!result) return setError([tErr("INTERNAL")]);
    if (result.status === 201) {
      setReport(result.json as MemoryImportReport);
      form.reset();
      router.refresh();
      return;
    }
    const failure = failureFromJson(result.json);
    const languages = failure.details?.languages;
    const found = Array.isArray(languages) && languages.length > 0 ? [t("languagesFound", { languages: languages.join(", ") })] : [];
    setError([errorMessage(failure), ...found]);
  }

  const skipped = report ? Object.values(report.skipped).reduce((a, b) => a + b, 0) : 0;
  return (
    <section className="panel stack" aria-labelledby="memory-heading" data-testid="memory-exchange">
      <h2 id="memory-heading">{t("heading")}</h2>
      <p data-testid="memory-count">{t("count", { count })}</p>
      <p className="muted">{t("hint")}</p>
      <p>
        <a href={`${base}/export`} download data-testid="memory-export">
          {t("export")}
        </a>
      </p>
      {canImport ? (
        <form ref={formRef} className="stack" onSubmit={submit} data-testid="memory-import-form">
          <label>
            {t("importFile")}
            <input name="file" type="file" required accept=".tmx,.xml,application/x-tmx+xml,application/xml" />
          </label>
          <UploadProgress phase={phase} uploading={(percent) => t("uploading", { percent })} working={t("working")} />
          <div className="inline-form">
            <button type="submit" disabled={phase.kind !== "idle"}>
              {t("importButton")}
            </button>
          </div>
          {report && (
            <div className="ok" role="status" data-testid="memory-import-report">
              <p>{t("report", { read: report.read, added: report.added, merged: report.merged, skipped })}</p>
              {report.extraLanguages.length > 0 && <p>{t("extraLanguages", { languages: report.extraLanguages.join(", ") })}</p>}
            </div>
          )}
          {error && (
            <div className="error" role="alert" data-testid="memory-import-error">
              {error.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          )}
        </form>
      ) : (
        <p className="muted">{t("importOnlyReviewers")}</p>
      )}
      {children}
    </section>
  );
}
