"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useState, useTransition } from "react";
import { type ActionFailure, useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { acceptProposalAction, deleteEntryAction, rejectProposalAction } from "../actions";
import { EntryForm, type EntryFormValues } from "./entry-form";

/**
 * One glossary entry as a table row. `changed` is rendered on the server (who and when);
 * editors get inline edit and delete-with-confirmation, proposals get accept / reject.
 */
export function EntryRow({
  entry,
  changed,
  children,
  canEdit,
  proposal = false,
}: {
  entry: EntryFormValues & { id: string; updatedAt: string };
  changed: ReactNode;
  children: ReactNode;
  canEdit: boolean;
  proposal?: boolean;
}) {
  const t = useTranslations("glossary");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [mode, setMode] = useState<"view" | "edit" | "confirm">("view");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run(action: (input: { id: string }) => Promise<{ ok: true } | ActionFailure>) {
    setError(null);
    startTransition(async () => {
      const result = await action({ id: entry.id });
      if (!result.ok) return setError(errorMessage(result));
      setMode("view");
      router.refresh();
    });
  }

  if (mode === "edit") {
    return (
      <tr data-testid="glossary-entry">
        <td colSpan={5}>
          <EntryForm mode="edit" initial={entry} onDone={() => setMode("view")} />
        </td>
      </tr>
    );
  }
  return (
    <tr data-testid={proposal ? "glossary-proposal" : "glossary-entry"}>
      {children}
      <td className="glossary-changed">{changed}</td>
      <td>
        {canEdit && mode === "view" && (
          <div className="inline-form">
            {proposal ? (
              <>
                <button type="button" className="primary" disabled={pending} onClick={() => run(acceptProposalAction)}>
                  {t("accept")}
                </button>
                <button type="button" disabled={pending} onClick={() => run(rejectProposalAction)}>
                  {t("reject")}
                </button>
              </>
            ) : (
              <>
                <button type="button" onClick={() => setMode("edit")}>
                  {t("edit")}
                </button>
                <button type="button" className="danger" onClick={() => setMode("confirm")}>
                  {t("delete")}
                </button>
              </>
            )}
          </div>
        )}
        {mode === "confirm" && (
          <div role="alertdialog" aria-label={t("delete")} className="stack">
            <p>{t("confirmDelete", { hindi: entry.hindi })}</p>
            <div className="inline-form">
              <button type="button" className="danger" disabled={pending} onClick={() => run(deleteEntryAction)}>
                {t("confirm")}
              </button>
              <button type="button" onClick={() => setMode("view")}>
                {t("cancel")}
              </button>
            </div>
          </div>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
