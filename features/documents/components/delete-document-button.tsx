"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { deleteDocumentAction } from "../actions";

export function DeleteDocumentButton({ documentId, title }: { documentId: string; title: string }) {
  const t = useTranslations("documents");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!confirming) {
    return (
      <button type="button" className="danger" onClick={() => setConfirming(true)}>
        {t("delete")}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={t("delete")} className="panel confirm">
      <p>{t("confirmDelete", { title })}</p>
      <div className="inline-form">
        <button
          type="button"
          className="danger"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await deleteDocumentAction({ documentId });
              if (!result.ok) return setError(errorMessage(result));
              router.replace("/?deleted=1");
              router.refresh();
            })
          }
        >
          {t("confirm")}
        </button>
        <button type="button" onClick={() => setConfirming(false)}>
          {t("cancel")}
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
