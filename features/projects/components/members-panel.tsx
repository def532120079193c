"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { type ActionFailure, useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { projectRoles } from "@/lib/projects/choose-project";
import { removeMemberAction, setMemberAction } from "../actions";
import type { MemberView } from "../types";

/** The members of a project with their roles; managers add, re-role and remove them. */
export function MembersPanel({ projectId, members, canManage }: { projectId: string; members: MemberView[]; canManage: boolean }) {
  const t = useTranslations("projects");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const run = (action: () => Promise<{ ok: true } | ActionFailure>) =>
    startTransition(async () => {
      setError(null);
      const result = await action();
      if (!result.ok) return setError(errorMessage(result));
      router.refresh();
    });

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    run(async () => {
      const result = await setMemberAction({ projectId, email: form.get("email"), role: form.get("role") });
      if (result.ok) target.reset();
      return result;
    });
  }

  return (
    <section className="panel stack" aria-labelledby="members-heading">
      <h2 id="members-heading">{t("membersHeading")}</h2>
      <table className="data-table" data-testid="project-members">
        <thead>
          <tr>
            <th>{t("colMember")}</th>
            <th>{t("colRole")}</th>
            {canManage && <th>{t("colActions")}</th>}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId} data-testid="project-member">
              <td>
                {m.name} <span className="muted">{m.email}</span>
              </td>
              <td>
                {canManage ? (
                  <select
                    aria-label={t("roleFor", { email: m.email })}
                    value={m.role}
                    disabled={pending}
                    onChange={(e) => run(() => setMemberAction({ projectId, email: m.email, role: e.target.value }))}
                  >
                    {projectRoles.map((r) => (
                      <option key={r} value={r}>
                        {t(`role_${r}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  t(`role_${m.role}`)
                )}
              </td>
              {canManage && (
                <td>
                  <button type="button" disabled={pending} onClick={() => run(() => removeMemberAction({ projectId, userId: m.userId }))}>
                    {t("remove")}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {canManage && (
        <form className="inline-form" onSubmit={add} data-testid="add-member-form">
          <label>
            {t("memberEmail")}
            <input name="email" type="email" required />
          </label>
          <label>
            {t("colRole")}
            <select name="role" defaultValue="translator">
              {projectRoles.map((r) => (
                <option key={r} value={r}>
                  {t(`role_${r}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={pending}>
            {t("addMember")}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </section>
  );
}
