"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { saveQaSettingsAction } from "../actions";
import type { QaSettings } from "../types";

export function QaSettingsForm({ settings }: { settings: QaSettings }) {
  const t = useTranslations("qa");
  const errorMessage = useErrorMessage();
  const [blockApproval, setBlockApproval] = useState(settings.blockApproval);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await saveQaSettingsAction({ blockApproval });
          setMessage(result.ok ? { kind: "ok", text: t("settingsSaved") } : { kind: "error", text: errorMessage(result) });
        });
      }}
    >
      <h2>{t("settingsTitle")}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={blockApproval}
          onChange={(e) => setBlockApproval(e.target.checked)}
          aria-describedby="qa-block-help"
        />
        {t("blockApproval")}
      </label>
      <p id="qa-block-help" className="muted">
        {t("blockApprovalHelp")}
      </p>
      <button type="submit" disabled={pending}>
        {t("settingsSave")}
      </button>
      {message && (
        <span role={message.kind === "error" ? "alert" : "status"} className={message.kind === "error" ? "error" : "ok"}>
          {message.text}
        </span>
      )}
    </form>
  );
}
