"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { type ActionFailure, useErrorMessage } from "@/features/shell/components/use-error-message";
import { Link } from "@/i18n/navigation";
import type { TmxImportReport } from "../schema";

const reasons = new Set(["fileRequired", "titleRequired", "noHindiEnglish"]);

/** Uploads a TMX file to the import route and shows what was imported and what was skipped. */
export function TmxImportForm() {
  const t = useTranslations("exchange");
  const tErr = useTranslations("errors");
  const errorMessage = useErrorMessage();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<TmxImportReport | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const response = await fetch("/api/documents/import-tmx", { method: "POST", body: new FormData(event.currentTarget) });
      const json: unknown = await response.json();
      if (response.status === 201) {
        setReport(json as TmxImportReport);
      } else {
        const failure = { ok: false, ...((json as { error?: object })?.error ?? { code: "INTERNAL", message: "" }) } as ActionFailure;
        const reason = failure.details?.reason;
        setError(typeof reason === "string" && reasons.has(reason) ? t(reason as "fileRequired") : errorMessage(failure));
      }
    } catch {
      setError(tErr("INTERNAL"));
    }
    setBusy(false);
  }

  return (
    <form className="stack" onSubmit={submit} data-testid="tmx-import-form">
      <p className="muted">{t("importHint")}</p>
      <label>
        {t("titleLabel")}
        <input name="title" maxLength={200} />
      </label>
      <label>
        {t("file")}
        <input name="file" type="file" accept=".tmx,.xml,application/x-tmx+xml" />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div className="notice" role="status" data-testid="tmx-import-report">
          <p>{t("reportTitle", { units: report.units, read: report.read })}</p>
          <ul>
            {Object.entries(report.skipped).map(([reason, count]) => (
              <li key={reason}>{t("skipped", { reason, count })}</li>
            ))}
            {report.extraLanguages.length > 0 && <li>{t("extraLanguages", { languages: report.extraLanguages.join(", ") })}</li>}
          </ul>
          <Link href={`/documents/${report.id}`}>{t("openDocument")}</Link>
        </div>
      )}
      <button type="submit" disabled={busy}>
        {busy ? t("importing") : t("import")}
      </button>
    </form>
  );
}
