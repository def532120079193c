"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createEntryAction, proposeEntryAction } from "@/features/glossary/actions";
import type { DbTermStatus } from "@/features/glossary/types";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import { useErrorMessage } from "@/features/shell/components/use-error-message";

/** Adds a glossary entry from a Hindi selection (reviewers add it, translators propose it). */
export function AddTermDialog({
  hindi,
  english: initialEnglish,
  canAdd,
  onDone,
  onCancel,
}: {
  hindi: string;
  english: string;
  canAdd: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor");
  const errorMessage = useErrorMessage();
  const [english, setEnglish] = useState(initialEnglish);
  const [status, setStatus] = useState<DbTermStatus>("preferred");
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <ModalDialog label={canAdd ? t("addTermTitle") : t("proposeTermTitle")} onClose={onCancel}>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setPending(true);
          const input = { hindi, partOfSpeech: "", note, terms: [{ english, status }] };
          const result = canAdd ? await createEntryAction(input) : await proposeEntryAction(input);
          setPending(false);
          if (!result.ok) return setError(errorMessage(result));
          onDone();
        }}
      >
        <h2>{canAdd ? t("addTermTitle") : t("proposeTermTitle")}</h2>
        <p lang="hi" className="term-preview">
          {hindi}
        </p>
        <label>
          {t("termEnglish")}
          <input data-autofocus required lang="en" value={english} onChange={(e) => setEnglish(e.target.value)} />
        </label>
        <label>
          {t("termStatus")}
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
            <option value="preferred">{t("term_preferred")}</option>
            <option value="forbidden">{t("term_forbidden")}</option>
            <option value="do_not_translate">{t("term_do-not-translate")}</option>
          </select>
        </label>
        <label>
          {t("termNote")}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="inline-form">
          <button type="submit" className="primary" disabled={pending || !english.trim()}>
            {canAdd ? t("saveTerm") : t("proposeTerm")}
          </button>
          <button type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
