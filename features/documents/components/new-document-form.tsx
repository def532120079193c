"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useRef, useState } from "react";
import { ProjectSelect } from "@/features/projects/components/project-select";
import type { ProjectOption } from "@/features/projects/types";
import { failureFromJson, formDataWithoutEmptyFile } from "@/features/shell/components/post-form";
import { UploadProgress } from "@/features/shell/components/upload-progress";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useProgressUpload } from "@/features/shell/components/use-progress-upload";
import { useRouter } from "@/i18n/navigation";

export function NewDocumentForm({ projects }: { projects: ProjectOption[] }) {
  const t = useTranslations("documents");
  const tErr = useTranslations("errors");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const { phase, upload } = useProgressUpload();
  const [error, setError] = useState<string | null>(null);
  const [needsConfirm, setNeedsConfirm] = useState(false);

  async function send(allowNoDevanagari: boolean) {
    const form = formRef.current;
    if (!form) return;
    const body = formDataWithoutEmptyFile(form);
    if (allowNoDevanagari) body.set("allowNoDevanagari", "1");
    setError(null);
    setNeedsConfirm(false);
    const result = await upload("/api/documents", body, { keepBusyOnSuccess: true });
    if (!result) return setError(tErr("INTERNAL"));
    if (result.status === 201) {
      router.push(`/documents/${(result.json as { id: string }).id}?created=1`);
      return;
    }
    const failure = failureFromJson(result.json);
    const reason = failure.details?.reason;
    if (reason === "noDevanagari") setNeedsConfirm(true);
    else if (reason === "titleRequired" || reason === "fileType") setError(t(reason));
    else setError(errorMessage(failure));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  const busy = phase.kind !== "idle";
  return (
    <form ref={formRef} className="stack" onSubmit={submit} data-testid="new-document-form">
      <ProjectSelect projects={projects} />
      <label>
        {t("titleLabel")}
        <input name="title" maxLength={200} />
      </label>
      <label>
        {t("paste")}
        <textarea name="text" rows={12} lang="hi" />
      </label>
      <label>
        {t("orUpload")}
        <input name="file" type="file" accept=".txt,.md,text/plain,text/markdown" />
      </label>
      <label>
        {t("paragraphMode")}
        <select name="paragraphs" defaultValue="auto">
          <option value="auto">{t("paragraphsAuto")}</option>
          <option value="line">{t("paragraphsLine")}</option>
          <option value="blank">{t("paragraphsBlank")}</option>
        </select>
      </label>
      <UploadProgress phase={phase} uploading={(percent) => t("uploading", { percent })} working={t("processing")} />
      {needsConfirm && (
        <div role="alert" className="notice">
          <p>{t("noDevanagariWarning")}</p>
          <button type="button" onClick={() => void send(true)}>
            {t("importAnyway")}
          </button>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t("create")}
      </button>
    </form>
  );
}
