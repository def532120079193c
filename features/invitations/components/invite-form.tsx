"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { INVITATION_DAYS } from "@/lib/invitations/rules";
import { projectRoles } from "@/lib/projects/choose-project";
import { createInvitationAction } from "../actions";

/**
 * A manager's (or administrator's) invitation form: role, an optional email the link is bound to, how many
 * days it works. The link is shown once, right here, with a Copy button: only its hash is kept.
 */
// Shown only after the action answered, so in the browser's own time zone without a hydration mismatch.
const whenStyle = { dateStyle: "medium", timeStyle: "short" } as const;

export function InviteForm({ projectId }: { projectId: string }) {
  const t = useTranslations("invitations");
  const tp = useTranslations("projects");
  const locale = useLocale();
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ link: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, startTransition] = useTransition();

  function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    startTransition(async () => {
      setError(null);
      setCopied(false);
      const result = await createInvitationAction({
        projectId,
        role: form.get("role"),
        email: String(form.get("email") ?? ""),
        days: Number(form.get("days")),
      });
      if (!result.ok) {
        setCreated(null);
        setError(errorMessage(result));
        return;
      }
      setCreated({ link: `${window.location.origin}/${locale}/invite/${result.data.token}`, expiresAt: result.data.expiresAt });
      target.reset();
      router.refresh();
    });
  }

  async function copy(link: string) {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }

  return (
    <div className="stack">
      <h3 id="invite-heading">{t("inviteHeading")}</h3>
      <form className="inline-form" onSubmit={create} aria-labelledby="invite-heading" noValidate>
        <label>
          {t("inviteRole")}
          <select name="role" defaultValue="translator">
            {projectRoles.map((role) => (
              <option key={role} value={role}>
                {tp(`role_${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("inviteEmail")}
          <input name="email" type="email" autoComplete="off" />
        </label>
        <label>
          {t("inviteDays")}
          <input name="days" type="number" min={INVITATION_DAYS.min} max={INVITATION_DAYS.max} defaultValue={INVITATION_DAYS.default} />
        </label>
        <button type="submit" disabled={pending}>
          {t("inviteCreate")}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {created && (
        <div className="notice stack" data-testid="invitation-created">
          <p role="status">{t("inviteCreated")}</p>
          <label>
            {t("inviteLink")}
            <input readOnly value={created.link} data-testid="invitation-link" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div>
            <button type="button" onClick={() => void copy(created.link)}>
              {t("copy")}
            </button>{" "}
            {copied && <span role="status">{t("copied")}</span>}{" "}
            <span className="muted">{t("inviteExpires", { when: format.dateTime(new Date(created.expiresAt), whenStyle) })}</span>
          </div>
        </div>
      )}
    </div>
  );
}
