"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ExportFormat } from "../schema";

/** Builds the download link of the export route; the browser streams the file straight to disk. */
export function ExportPanel({ documentId }: { documentId: string }) {
  const t = useTranslations("exchange");
  const [format, setFormat] = useState<ExportFormat>("tmx");
  const [all, setAll] = useState(false);
  const [notes, setNotes] = useState(false);
  const [bare, setBare] = useState(false);
  const query = new URLSearchParams({
    format,
    status: all ? "all" : "approved",
    notes: notes ? "1" : "0",
    langs: bare ? "bare" : "full",
  });
  const href = `/api/documents/${encodeURIComponent(documentId)}/export?${query}`;
  return (
    <details className="export-panel" data-testid="export-panel">
      <summary>{t("exportHeading")}</summary>
      <div className="inline-form">
        <label>
          {t("format")}
          <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
            <option value="tmx">{t("formatTmx")}</option>
            <option value="csv">{t("formatCsv")}</option>
            <option value="txt">{t("formatTxt")}</option>
          </select>
        </label>
        <label>
          {t("scope")}
          <select value={all ? "all" : "approved"} onChange={(e) => setAll(e.target.value === "all")}>
            <option value="approved">{t("scopeApproved")}</option>
            <option value="all">{t("scopeAll")}</option>
          </select>
        </label>
        {format === "tmx" && (
          <>
            <label>
              <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} /> {t("includeNotes")}
            </label>
            <label>
              <input type="checkbox" checked={bare} onChange={(e) => setBare(e.target.checked)} /> {t("bareLangs")}
            </label>
          </>
        )}
        <a className="button" href={href} download>
          {t("download")}
        </a>
      </div>
    </details>
  );
}
