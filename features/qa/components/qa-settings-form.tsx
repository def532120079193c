"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormMessage, useActionForm } from "@/features/shell/components/use-action-form";
import { saveQaSettingsAction } from "../actions";
import type { QaSettings } from "../types";

export function QaSettingsForm({ settings }: { settings: QaSettings }) {
  const t = useTranslations("qa");
  const [blockApproval, setBlockApproval] = useState(settings.blockApproval);
  const { message, pending, submit } = useActionForm();
  return (
    <form
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        submit(() => saveQaSettingsAction({ blockApproval }), t("settingsSaved"));
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
      <ActionFormMessage message={message} />
    </form>
  );
}
