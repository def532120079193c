"use client";

import { useLocale, useTranslations } from "next-intl";
import type { PresenceEntry } from "../types";
import { DensityToggle } from "./density-toggle";
import { KeyboardHelp } from "./keyboard-help";

/**
 * The line above the units: who else is here and where, review mode and bulk approval for
 * reviewers, "add to glossary" for a Hindi selection, find, the running text, undo, density, keys.
 */
export function EditorToolbar(props: {
  documentId: string;
  presence: PresenceEntry[];
  /** The unit's number when the list shows it (a filter may hide it), else null. */
  shownNumber: (id: number) => number | null;
  isReviewer: boolean;
  reviewMode: boolean;
  onReviewMode: (on: boolean) => void;
  onBulkApprove: () => void;
  selection: { hindi: string } | null;
  onAddTerm: () => void;
  onFind: () => void;
  undoLabel: string;
  onUndo: () => void;
}) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const { presence, isReviewer } = props;
  return (
    <div className="editor-status-line">
      {presence.length > 0 && (
        <span data-testid="presence">
          {t("alsoHere")}{" "}
          {presence
            .map((p) => {
              const n = p.unitId ? props.shownNumber(p.unitId) : null;
              return n !== null ? `${p.name} (${t("editingUnit", { n })})` : p.name;
            })
            .join(", ")}
        </span>
      )}
      {isReviewer && (
        <label className="check">
          <input type="checkbox" checked={props.reviewMode} onChange={(e) => props.onReviewMode(e.target.checked)} />
          {t("reviewMode")}
        </label>
      )}
      {isReviewer && (
        <button type="button" onClick={props.onBulkApprove}>
          {t("bulkApprove")}
        </button>
      )}
      {props.selection && (
        <button type="button" className="primary" onClick={props.onAddTerm}>
          {t("addTermFromSelection", { hindi: props.selection.hindi })}
        </button>
      )}
      <button type="button" onClick={props.onFind} aria-keyshortcuts="Control+F">
        {t("find.open")}
      </button>
      <a href={`/${locale}/documents/${props.documentId}/read`} target="_blank" rel="noopener" aria-keyshortcuts="Alt+Shift+T">
        {t("readAsText")}
      </a>
      <button type="button" data-testid="undo" onClick={props.onUndo}>
        {props.undoLabel}
      </button>
      <DensityToggle />
      <KeyboardHelp isReviewer={isReviewer} />
    </div>
  );
}
