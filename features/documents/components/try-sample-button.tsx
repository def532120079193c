"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { createSampleAction } from "../actions";

export function TrySampleButton() {
  const t = useTranslations("documents");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="stack">
      <button
        type="button"
        className="primary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await createSampleAction(null);
            if (!result.ok) return setError(errorMessage(result));
            router.push(`/documents/${result.data.id}`);
          })
        }
      >
        {t("trySample")}
      </button>
      <small className="muted">{t("trySampleHint")}</small>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
