"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormMessage, useActionForm } from "@/features/shell/components/use-action-form";
import { saveProjectQaSettingsAction } from "../actions";
import type { ProjectQaSettings as Settings } from "../types";

type Choice = "instance" | "on" | "off";

const choiceOf = (value: boolean | null): Choice => (value === null ? "instance" : value ? "on" : "off");
const settingOf: Record<Choice, boolean | null> = { instance: null, on: true, off: false };

/**
 * A project's "no approval while QA errors are open" on the project page: managers and
 * administrators choose (the instance's setting, on, or off); everyone else reads what applies.
 */
export function ProjectQaSettings({ projectId, settings, canEdit }: { projectId: string; settings: Settings; canEdit: boolean }) {
  const t = useTranslations("qa");
  const [choice, setChoice] = useState<Choice>(choiceOf(settings.blockApproval));
  const [effective, setEffective] = useState(settings.effective);
  const { message, pending, submit } = useActionForm();
  const effectiveText = (
    <p data-testid="project-qa-effective">{effective ? t("projectBlockEffectiveOn") : t("projectBlockEffectiveOff")}</p>
  );
  if (!canEdit) {
    return (
      <section className="panel stack" aria-labelledby="project-qa-heading">
        <h2 id="project-qa-heading">{t("projectSettingsTitle")}</h2>
        {effectiveText}
      </section>
    );
  }
  const labels: Record<Choice, string> = {
    instance: settings.instanceBlockApproval ? t("projectBlockFollowOn") : t("projectBlockFollowOff"),
    on: t("projectBlockOn"),
    off: t("projectBlockOff"),
  };
  return (
    <form
      className="panel stack"
      aria-labelledby="project-qa-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit(async () => {
          const result = await saveProjectQaSettingsAction({ projectId, blockApproval: settingOf[choice] });
          if (result.ok && result.data) setEffective(result.data.effective);
          return result;
        }, t("projectSettingsSaved"));
      }}
    >
      <h2 id="project-qa-heading">{t("projectSettingsTitle")}</h2>
      <fieldset>
        <legend>{t("blockApproval")}</legend>
        {(["instance", "on", "off"] as const).map((c) => (
          <label key={c} className="check">
            <input type="radio" name="qa-block-approval" value={c} checked={choice === c} onChange={() => setChoice(c)} />
            {labels[c]}
          </label>
        ))}
      </fieldset>
      {effectiveText}
      <button type="submit" disabled={pending}>
        {t("settingsSave")}
      </button>
      <ActionFormMessage message={message} />
    </form>
  );
}
