"use client";

import { useTranslations } from "next-intl";
import type { ApiError } from "./api";
import { ErrorLine } from "./save-indicator";

export type Notice = { text?: string; error?: ApiError } | null;

/** The editor's last word (an operation done, or refused), until it is closed or replaced. */
export function EditorNotice({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const t = useTranslations("editor");
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      {notice.error ? <ErrorLine error={notice.error} /> : notice.text}{" "}
      <button type="button" className="link-button" onClick={onClose}>
        {t("close")}
      </button>
    </div>
  );
}
