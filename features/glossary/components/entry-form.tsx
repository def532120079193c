"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { createEntryAction, proposeEntryAction, updateEntryAction } from "../actions";
import { type DbTermStatus, termStatusValues } from "../types";
import { FormsPreview } from "./forms-preview";
import { PartOfSpeechSelect } from "./part-of-speech";

export interface EntryFormValues {
  id?: string;
  updatedAt?: string;
  hindi: string;
  partOfSpeech: string;
  note: string;
  terms: { english: string; status: DbTermStatus }[];
}

const blank: EntryFormValues = { hindi: "", partOfSpeech: "", note: "", terms: [{ english: "", status: "preferred" }] };

/** A term row keeps its React key when rows above it are removed, so focus and input stay with it. */
type TermRow = EntryFormValues["terms"][number] & { key: number };
let nextRowKey = 0;
const withRowKeys = (values: EntryFormValues) => ({
  ...values,
  terms: values.terms.map((term): TermRow => ({ ...term, key: nextRowKey++ })),
});

/** Add (reviewers), propose (anyone) or inline-edit one entry with any number of English terms. */
export function EntryForm({
  mode,
  initial = blank,
  onDone,
  projectId,
}: {
  mode: "create" | "propose" | "edit";
  /** The project whose glossary a new entry or proposal goes into. */
  projectId?: string;
  initial?: EntryFormValues;
  onDone?: () => void;
}) {
  const t = useTranslations("glossary");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState(() => withRowKeys(initial));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const setTerm = (index: number, change: Partial<EntryFormValues["terms"][number]>) =>
    setValues((v) => ({ ...v, terms: v.terms.map((term, i) => (i === index ? { ...term, ...change } : term)) }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const terms = values.terms.filter((term) => term.english.trim() !== "").map(({ english, status }) => ({ english, status }));
    const input = { ...values, terms };
    startTransition(async () => {
      const result =
        mode === "edit"
          ? await updateEntryAction({ ...input, id: values.id, expectedUpdatedAt: values.updatedAt })
          : mode === "create"
            ? await createEntryAction({ ...input, projectId })
            : await proposeEntryAction({ ...input, projectId });
      if (!result.ok) return setError(errorMessage(result));
      if (mode === "edit") onDone?.();
      else {
        setNotice(t(mode === "create" ? "added" : "proposedNotice", { hindi: values.hindi.trim() }));
        setValues(withRowKeys(blank));
      }
      router.refresh();
    });
  }

  const idPrefix = `glossary-${mode}-${values.id ?? "new"}`;
  return (
    <form className="stack glossary-form" onSubmit={submit} data-testid={`glossary-${mode}-form`}>
      <div className="inline-form">
        <label>
          {t("hindiLabel")}
          <input name="hindi" lang="hi" required value={values.hindi} onChange={(e) => setValues({ ...values, hindi: e.target.value })} />
        </label>
        <PartOfSpeechSelect
          hindi={values.hindi}
          value={values.partOfSpeech}
          onChange={(partOfSpeech) => setValues({ ...values, partOfSpeech })}
        />
      </div>
      <FormsPreview hindi={values.hindi} partOfSpeech={values.partOfSpeech} />
      {values.terms.map((term, index) => (
        <div className="inline-form glossary-term-row" key={term.key}>
          <label htmlFor={`${idPrefix}-en-${term.key}`}>{t("englishLabel")}</label>
          <input
            id={`${idPrefix}-en-${term.key}`}
            name="english"
            lang="en"
            required={index === 0}
            value={term.english}
            onChange={(e) => setTerm(index, { english: e.target.value })}
          />
          <label htmlFor={`${idPrefix}-st-${term.key}`}>{t("statusLabel")}</label>
          <select
            id={`${idPrefix}-st-${term.key}`}
            name="status"
            value={term.status}
            onChange={(e) => setTerm(index, { status: e.target.value as DbTermStatus })}
          >
            {termStatusValues.map((s) => (
              <option key={s} value={s}>
                {t(`status_${s}`)}
              </option>
            ))}
          </select>
          {values.terms.length > 1 && (
            <button
              type="button"
              className="link-button"
              onClick={() => setValues({ ...values, terms: values.terms.filter((_, i) => i !== index) })}
            >
              {t("removeTerm")}
            </button>
          )}
        </div>
      ))}
      <div>
        <button
          type="button"
          className="link-button"
          onClick={() => setValues({ ...values, terms: [...values.terms, { english: "", status: "preferred", key: nextRowKey++ }] })}
        >
          {t("addTerm")}
        </button>
      </div>
      <label>
        {t("noteLabel")}
        <input name="note" value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && (
        <p className="ok" role="status">
          {notice}
        </p>
      )}
      <div className="inline-form">
        <button type="submit" className="primary" disabled={pending}>
          {mode === "edit" ? t("save") : mode === "create" ? t("add") : t("propose")}
        </button>
        {mode === "edit" && (
          <button type="button" onClick={onDone}>
            {t("cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
