"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
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

/** Uploads a TMX, XLIFF, DOCX or SRT file to the import route and shows what was imported and skipped. */
export function FileImportForm({ projects }: { projects: ProjectOption[] }) {
  const t = useTranslations("exchange");
  const tErr = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<FileImportReport | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const response = await fetch("/api/documents/import", { method: "POST", body: new FormData(event.currentTarget) });
      const json: unknown = await response.json();
      if (response.status === 201) {
        setReport(json as FileImportReport);
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
      {report && (
        <div className="notice" role="status" data-testid="file-import-report">
          <p>
            {report.format === "tmx"
              ? t("reportTitle", { units: report.units, read: report.read })
              : t("reportFile", { units: report.units, read: report.read })}
          </p>
          <ul>
            {report.capped > 0 && <li>{t("capped", { count: report.capped })}</li>}
            {Object.entries(report.skipped).map(([reason, count]) => (
              <li key={reason}>
                {isNamedSkip(reason) ? t("skippedNamed", { what: t(`skipReasons.${reason}`), count }) : t("skipped", { reason, count })}
              </li>
            ))}
            {report.extraLanguages.length > 0 && <li>{t("extraLanguages", { languages: report.extraLanguages.join(", ") })}</li>}
          </ul>
          <Link href={`/documents/${report.id}`}>{t("openDocument")}</Link>
        </div>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t("importing") : t("importFile")}
      </button>
    </form>
  );
}
