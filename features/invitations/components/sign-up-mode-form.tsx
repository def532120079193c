"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ActionFormMessage, useActionForm } from "@/features/shell/components/use-action-form";
import type { SignUpMode } from "@/lib/invitations/rules";
import { saveSignUpModeAction } from "../actions";

/** The administrator's choice: open sign-up, or invitation links only. */
export function SignUpModeForm({ mode }: { mode: SignUpMode }) {
  const t = useTranslations("invitations");
  const [value, setValue] = useState<SignUpMode>(mode);
  const { message, pending, submit } = useActionForm();
  return (
    <form
      className="panel stack"
      aria-labelledby="signup-mode-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit(() => saveSignUpModeAction({ mode: value }), t("signUpSaved"));
      }}
    >
      <h2 id="signup-mode-heading">{t("signUpHeading")}</h2>
      <fieldset className="stack">
        <legend className="visually-hidden">{t("signUpHeading")}</legend>
        <label className="check">
          <input type="radio" name="signup" value="open" checked={value === "open"} onChange={() => setValue("open")} />
          {t("signUpOpen")}
        </label>
        <label className="check">
          <input
            type="radio"
            name="signup"
            value="invite-only"
            checked={value === "invite-only"}
            onChange={() => setValue("invite-only")}
          />
          {t("signUpInviteOnly")}
        </label>
      </fieldset>
      <div>
        <button type="submit" disabled={pending}>
          {t("signUpSave")}
        </button>{" "}
        <ActionFormMessage message={message} />
      </div>
    </form>
  );
}
