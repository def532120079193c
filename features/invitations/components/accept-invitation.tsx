"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { Link, useRouter } from "@/i18n/navigation";
import { acceptInvitationAction } from "../actions";

/** A signed-in person holding a link joins its project. */
export function AcceptInvitation({ token }: { token: string }) {
  const t = useTranslations("invitations");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const accept = () =>
    startTransition(async () => {
      setError(null);
      const result = await acceptInvitationAction({ token });
      if (!result.ok) return setError(errorMessage(result));
      setJoined(result.data.projectId);
      router.refresh();
    });

  if (joined) {
    return (
      <p role="status">
        {t("pageAccepted")} <Link href={`/projects/${joined}`}>{t("pageOpenProject")}</Link>
      </p>
    );
  }
  return (
    <div className="stack">
      <div>
        <button type="button" className="primary" onClick={accept} disabled={pending}>
          {t("pageAccept")}
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
