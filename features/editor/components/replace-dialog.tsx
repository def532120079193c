"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ReplacePreview, ReplaceResult } from "@/features/replace/types";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import { diffWords } from "@/lib/review/diff";
import { type ApiError, api } from "./api";
import type { FindQuery } from "./find-marks";
import { ErrorLine } from "./save-indicator";

/**
 * The preview of a replace-all: every unit that would change, its English before and after (what
 * changes marked), the units left alone and why; a reviewer may include approved units. Confirming
 * sends the units at the versions shown, so that a unit edited meanwhile is reported, not overwritten.
 */
export function ReplaceDialog({
  documentId,
  query,
  replacement,
  isReviewer,
  numberOf,
  onDone,
  onCancel,
}: {
  documentId: string;
  query: FindQuery;
  replacement: string;
  isReviewer: boolean;
  numberOf: (id: number) => number;
  onDone: (result: ReplaceResult) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor.find");
  const [includeApproved, setIncludeApproved] = useState(false);
  const [preview, setPreview] = useState<ReplacePreview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const request = { find: query.query, replace: replacement, matchCase: query.matchCase, wholeWord: query.wholeWord, includeApproved };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the preview is asked again only when the person changes what it includes
  useEffect(() => {
    let stale = false;
    setPreview(null);
    void api.replacePreview(documentId, request).then((result) => {
      if (stale) return;
      if (result.ok) setPreview(result.data);
      else setError(result.error);
    });
    return () => {
      stale = true;
    };
  }, [documentId, includeApproved]);

  // The preview arrives after the dialog opened: the focus goes to what the person decides with.
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (preview?.units.some((u) => !u.skip)) confirmButton.current?.focus();
  }, [preview]);

  const changing = preview?.units.filter((u) => !u.skip) ?? [];
  const skipped = preview?.units.filter((u) => u.skip) ?? [];
  const confirm = async () => {
    setBusy(true);
    const result = await api.replace(documentId, { ...request, units: changing.map(({ id, version }) => ({ id, version })) });
    setBusy(false);
    if (result.ok) onDone(result.data);
    else setError(result.error);
  };
  const title = t("dialogTitle", { find: query.query, replace: replacement });
  return (
    <ModalDialog label={title} onClose={onCancel}>
      <h2>{title}</h2>
      {isReviewer && (
        <label className="check">
          <input type="checkbox" checked={includeApproved} onChange={(e) => setIncludeApproved(e.target.checked)} />
          {t("includeApproved")}
        </label>
      )}
      {error && <ErrorLine error={error} />}
      {!preview && !error && <p className="muted">{t("reading")}</p>}
      {preview && (
        <>
          <p data-testid="replace-summary">{changing.length === 0 ? t("nothing") : t("willChange", { count: changing.length })}</p>
          {preview.truncated && <p className="warn">{t("truncated")}</p>}
          <ul className="replace-list" data-testid="replace-preview" lang="en">
            {changing.map((u) => (
              <li key={u.id} data-testid="replace-unit" data-unit-id={u.id}>
                <strong>{t("unitN", { n: numberOf(u.id) })}</strong>{" "}
                {diffWords(u.before, u.after).map((part, i) =>
                  part.kind === "same" ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts have no identity but their place
                    <span key={i}>{part.text}</span>
                  ) : part.kind === "added" ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above
                    <ins key={i}>{part.text}</ins>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: as above
                    <del key={i}>{part.text}</del>
                  ),
                )}
              </li>
            ))}
          </ul>
          {skipped.length > 0 && (
            <details>
              <summary>{t("skippedCount", { count: skipped.length })}</summary>
              <ul className="replace-list" data-testid="replace-skipped">
                {skipped.map((u) => (
                  <li key={u.id}>
                    {t("unitN", { n: numberOf(u.id) })}: {u.skip === "tooLong" ? t("skipTooLong") : t("skipApproved")}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <div className="inline-form">
        <button
          ref={confirmButton}
          type="button"
          className="primary"
          disabled={busy || changing.length === 0}
          onClick={() => void confirm()}
        >
          {t("confirm", { count: changing.length })}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </ModalDialog>
  );
}
