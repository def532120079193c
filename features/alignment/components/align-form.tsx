"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { failureFromJson, formDataWithoutEmptyFile } from "@/features/shell/components/post-form";
import { UploadProgress } from "@/features/shell/components/upload-progress";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useProgressUpload } from "@/features/shell/components/use-progress-upload";
import { Link, useRouter } from "@/i18n/navigation";
import type { AlignReport } from "../schema";

/** Pastes or uploads an existing English translation and aligns it with the document's Hindi. */
export function AlignForm({ documentId }: { documentId: string }) {
  const t = useTranslations("alignment");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const { phase, upload } = useProgressUpload();
  const [error, setError] = useState<string | null>(null);
  const [needsConfirm, setNeedsConfirm] = useState(false);
  const [report, setReport] = useState<AlignReport | null>(null);

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
    if (result.status === 200) {
      setReport(result.json as AlignReport);
      // the unit counts above the form changed
      router.refresh();
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

  const busy = phase.kind !== "idle";
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
