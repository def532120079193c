"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { revokeInvitationAction } from "../actions";

export interface OpenInvitationView {
  id: string;
  role: ProjectRole;
  email: string | null;
  expiresAt: string;
  createdBy: string | null;
}

/** A project's invitations that still work, each with Withdraw. */
export function OpenInvitations({ projectId, invitations }: { projectId: string; invitations: OpenInvitationView[] }) {
  const t = useTranslations("invitations");
  const tp = useTranslations("projects");
  const format = useFormatter();
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  // Rendered in UTC on the server, then in the reader's zone (as LocalDate does).
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short", timeZone });

  const revoke = (invitationId: string) =>
    startTransition(async () => {
      setError(null);
      const result = await revokeInvitationAction({ projectId, invitationId });
      if (!result.ok) return setError(errorMessage(result));
      router.refresh();
    });

  return (
    <div className="stack">
      <h3>{t("openHeading")}</h3>
      {invitations.length === 0 ? (
        <p className="muted">{t("openNone")}</p>
      ) : (
        <table className="data-table" data-testid="open-invitations">
          <thead>
            <tr>
              <th>{t("colRole")}</th>
              <th>{t("colEmail")}</th>
              <th>{t("colCreated")}</th>
              <th>{t("colExpires")}</th>
              <th>{t("colActions")}</th>
            </tr>
          </thead>
          <tbody>
            {invitations.map((i) => (
              <tr key={i.id} data-testid="open-invitation">
                <td>{tp(`role_${i.role}`)}</td>
                <td>{i.email ?? <span className="muted">{t("anyone")}</span>}</td>
                <td>{i.createdBy ?? ""}</td>
                <td>
                  <time dateTime={i.expiresAt}>{when(i.expiresAt)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    disabled={pending}
                    onClick={() => revoke(i.id)}
                    aria-label={t("revokeFor", { role: tp(`role_${i.role}`), when: when(i.expiresAt) })}
                  >
                    {t("revoke")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
