"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { isFinished, type JobView } from "@/features/jobs/schema";
import type { DocumentExportFormat } from "../schema";
import { ExportJob } from "./export-job";

/**
 * Builds the download link of the export route; the browser streams the file straight to disk.
 * SRT is offered only for documents that came as subtitles (the timings are the original's).
 * A large document (`asJob`) is exported by a background job instead; a smaller one may be too.
 */
export function ExportPanel({
  documentId,
  sourceFormat,
  approved,
  withEnglish,
  asJob,
  activeJob,
}: {
  documentId: string;
  sourceFormat: string;
  /** Units approved, and units with any English: an export that would hold none is not offered (the route refuses it too). */
  approved: number;
  withEnglish: number;
  /** More units than SETU_EXPORT_JOB_UNITS: no direct download, only the job. */
  asJob: boolean;
  /** This person's unfinished export of the document (followed again after a reload), or their last one whose file is kept. */
  activeJob: JobView | null;
}) {
  const t = useTranslations("exchange");
  const [format, setFormat] = useState<DocumentExportFormat>("tmx");
  const [all, setAll] = useState(false);
  const [notes, setNotes] = useState(false);
  const [bare, setBare] = useState(false);
  const [lineLength, setLineLength] = useState("42");
  // Clamped for the link only, so that typing "3" on the way to "36" is not overruled.
  const length = Math.min(100, Math.max(20, Number.parseInt(lineLength, 10) || 42));
  const query = new URLSearchParams({
    format,
    status: all ? "all" : "approved",
    notes: notes ? "1" : "0",
    langs: bare ? "bare" : "full",
    ...(format === "srt" && { lineLength: String(length) }),
  });
  const href = `/api/documents/${encodeURIComponent(documentId)}/export?${query}`;
  const withNotes = format === "tmx" || format === "xliff12" || format === "xliff20";
  // XLIFF carries every Hindi unit, translated or not: it is never empty.
  const xliff = format === "xliff12" || format === "xliff20";
  const empty = !xliff && (all ? withEnglish : approved) === 0;
  return (
    <details className="export-panel" data-testid="export-panel" open={(activeJob !== null && !isFinished(activeJob.state)) || undefined}>
      <summary>{t("exportHeading")}</summary>
      <div className="inline-form">
        <label>
          {t("format")}
          <select value={format} onChange={(e) => setFormat(e.target.value as DocumentExportFormat)}>
            <option value="tmx">{t("formatTmx")}</option>
            <option value="xliff12">{t("formatXliff12")}</option>
            <option value="xliff20">{t("formatXliff20")}</option>
            <option value="docx">{sourceFormat === "docx" ? t("formatDocxOriginal") : t("formatDocxClean")}</option>
            {sourceFormat === "srt" && <option value="srt">{t("formatSrt")}</option>}
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
        {withNotes && (
          <label>
            <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.target.checked)} /> {t("includeNotes")}
          </label>
        )}
        {format === "tmx" && (
          <label>
            <input type="checkbox" checked={bare} onChange={(e) => setBare(e.target.checked)} /> {t("bareLangs")}
          </label>
        )}
        {format === "srt" && (
          <label>
            {t("lineLength")}
            <input type="number" min={20} max={100} value={lineLength} onChange={(e) => setLineLength(e.target.value)} />
          </label>
        )}
        {!asJob &&
          (empty ? (
            <button type="button" disabled>
              {t("download")}
            </button>
          ) : (
            <a className="button" href={href} download>
              {t("download")}
            </a>
          ))}
      </div>
      <ExportJob documentId={documentId} query={query.toString()} activeJob={activeJob} primary={asJob} disabled={empty} />
      {empty && (
        <p className="notice" role="status" data-testid="export-empty">
          {t(all ? "nothingTranslated" : "nothingApproved")}
        </p>
      )}
      {format === "docx" && sourceFormat === "docx" && <p className="muted">{t("docxFidelity")}</p>}
    </details>
  );
}
