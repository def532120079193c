"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, memo, useRef } from "react";
import { PretranslatedBadge } from "@/features/pretranslate/components/pretranslated-badge";
import { findRanges } from "@/lib/editor/find";
import { canEditEnglish } from "@/lib/editor/policy";
import { LOW_CONFIDENCE, type Role } from "@/lib/editor/status";
import type { ApiError } from "./api";
import { ConflictPanel } from "./conflict-panel";
import { EnglishBox } from "./english-box";
import type { FindQuery, HitKey } from "./find-marks";
import { HindiText } from "./hindi-text";
import { type QaIssueHandlers, QaIssues } from "./qa-issues";
import { countRender } from "./render-count";
import { ReviewDiff } from "./review-diff";
import { ErrorLine, SaveIndicator } from "./save-indicator";
import { TermKeys } from "./term-keys";
import { ReviewActions, UnitActions } from "./unit-actions";
import { type EditorStore, useStoredDraftStatus, useStoredUnit } from "./use-unit-store";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "failed" | "conflict" | "gone";

export interface Draft {
  text: string;
  state: SaveState;
  error?: ApiError;
  conflict?: { english: string; version: number; author: string | null };
}

export interface UnitRowProps {
  /** Where the row reads its unit and draft: it subscribes to its own, and re-renders when they change. */
  store: EditorStore;
  role: Role;
  id: number;
  number: number;
  active: boolean;
  editingBy: string[];
  isLast: boolean;
  onFocus: (id: number) => void;
  onChange: (id: number, text: string) => void;
  onBlur: (id: number) => void;
  onKeyDown: (id: number, event: KeyboardEvent<HTMLElement>) => void;
  onMerge: (id: number) => void;
  onSplit: (id: number) => void;
  onMove: (id: number, direction: "first-to-previous" | "last-to-next") => void;
  onHistory: (id: number) => void;
  onResolveConflict: (id: number, choice: "theirs" | "mine") => void;
  onReload: () => void;
  onRetry: (id: number) => void;
  reviewMode: boolean;
  isReviewer: boolean;
  onReview: (id: number, action: "approve" | "reject" | "reopen") => void;
  onComments: (id: number) => void;
  onSelectHindi: (id: number, hindi: string, english: string) => void;
  numberOf: (id: number) => number;
  qaHandlers: QaIssueHandlers;
  /** What the find bar looks for (null when it is closed): hits are marked in the row. */
  find: FindQuery | null;
  /** The find bar's current hit when it is in this unit. */
  currentHit: HitKey | null;
}

function UnitRowView(props: UnitRowProps) {
  const t = useTranslations("editor");
  const { store, id, number } = props;
  const unit = useStoredUnit(store, id);
  // The save state, conflict and error, not the text: typing re-renders the English box only.
  const draft = useStoredDraftStatus(store, id);
  countRender(id);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const hindi = useRef<HTMLDivElement>(null);
  if (!unit) {
    return (
      <div className="unit-row loading" data-testid="unit-row-loading">
        <span className="unit-number">{number}</span>
        <span className="muted">{t("loading")}</span>
      </div>
    );
  }
  const canEdit = canEditEnglish(props.role, unit.status);
  const lowConfidence = unit.confidence != null && unit.confidence < LOW_CONFIDENCE;
  const state = draft.state;
  // Read when a term is inserted or Hindi selected, not rendered: the English box shows the text.
  const typed = () => store.drafts.get(id)?.text ?? unit.english;
  const multi = unit.first !== unit.last;
  const { find, currentHit } = props;
  const hindiHits = (sentenceText: string) => (find && find.scope !== "english" ? findRanges(sentenceText, find.query, find) : []);
  const currentAt = (where: "hindi" | "english", position: number) => {
    const [w, p, start] = currentHit?.split(":") ?? [];
    return w === where && Number(p) === position ? Number(start) : null;
  };
  const insert = (term: string) => {
    const box = textarea.current;
    if (!box || !canEdit) return;
    const text = typed();
    const start = box.selectionStart ?? text.length;
    const end = box.selectionEnd ?? text.length;
    const before = text.slice(0, start);
    const spacer = before && !/\s$/.test(before) ? " " : "";
    const next = `${before}${spacer}${term}${text.slice(end)}`;
    props.onChange(id, next);
    const caret = start + spacer.length + term.length;
    requestAnimationFrame(() => {
      box.focus();
      box.setSelectionRange(caret, caret);
    });
  };
  // A selection made in the Hindi offers "add to glossary" (mouseup bubbles here from the Hindi text).
  const onMouseUp = () => {
    const selection = window.getSelection();
    if (!selection?.anchorNode || !hindi.current?.contains(selection.anchorNode)) return;
    const selected = selection.toString().trim();
    if (!selected || selected.length > 200) return;
    const box = textarea.current;
    const english = box && box.selectionStart !== box.selectionEnd ? typed().slice(box.selectionStart, box.selectionEnd) : "";
    props.onSelectHindi(id, selected, english);
  };
  return (
    <article
      className={`unit-row status-${unit.status}${props.active ? " active" : ""}${lowConfidence ? " low-confidence" : ""}`}
      data-testid="unit-row"
      data-unit-id={unit.id}
      data-unit-number={number}
      data-status={unit.status}
      data-needs-review={unit.needsReview ? "true" : "false"}
      data-low-confidence={lowConfidence ? "true" : "false"}
      data-version={unit.version}
      tabIndex={-1}
      aria-label={t("unitLabel", { n: number })}
      onKeyDown={(e) => props.onKeyDown(id, e)}
      onMouseUp={onMouseUp}
    >
      <div className="unit-number" aria-hidden="true">
        {number}
      </div>
      <div className="unit-source">
        <div ref={hindi} className="unit-hindi" lang="hi" data-testid="unit-hindi">
          {unit.hindi.map((s) => (
            <span key={s.position} className="sentence">
              <sup className="sentence-no" lang="en" title={t("sentenceNo", { n: s.position + 1 })}>
                {s.position + 1}
              </sup>
              <HindiText
                text={s.text}
                terms={unit.terms.filter((term) => term.position === s.position)}
                onInsert={insert}
                hits={hindiHits(s.text)}
                current={currentAt("hindi", s.position)}
              />{" "}
            </span>
          ))}
        </div>
        {props.active && unit.terms.length > 0 && <TermKeys terms={unit.terms} />}
      </div>
      <div className="unit-english">
        {unit.status === "rejected" && unit.lastRejection && (
          <p className="rejection" data-testid="rejection">
            {t("rejectedBecause")}: <q>{unit.lastRejection}</q>
          </p>
        )}
        {props.reviewMode && unit.reviewedEnglish !== null && unit.reviewedEnglish !== unit.english && (
          <ReviewDiff reviewed={unit.reviewedEnglish} english={unit.english} />
        )}
        <EnglishBox
          store={store}
          id={id}
          english={unit.english}
          label={t("englishLabel", { n: number })}
          canEdit={canEdit}
          find={find}
          current={currentAt("english", 0)}
          textarea={textarea}
          onFocus={props.onFocus}
          onChange={props.onChange}
          onBlur={props.onBlur}
        />
        <div className="unit-meta">
          <span className={`status-badge ${unit.status}`} data-testid="unit-status">
            {t(`status_${unit.status}`)}
          </span>
          {unit.needsReview && (
            <span className="status-badge needs-review" data-testid="needs-review" title={t("needsReviewTitle")}>
              {t("needsReview")}
            </span>
          )}
          <PretranslatedBadge score={unit.pretranslated} />
          <SaveIndicator state={state} onRetry={() => props.onRetry(id)} />
          {unit.confidence !== null && (
            <span className={lowConfidence ? "warn" : "muted"}>{t("confidence", { value: Math.round(unit.confidence * 100) })}</span>
          )}
          {unit.openComments > 0 && <span className="muted">{t("comments", { count: unit.openComments })}</span>}
          {props.editingBy.map((name) => (
            <span key={name} className="presence-tag">
              {t("editingBy", { name })}
            </span>
          ))}
          {!canEdit && <span className="muted">{t("approvedLocked")}</span>}
        </div>
        <QaIssues unit={unit} canEdit={canEdit} isReviewer={props.isReviewer} numberOf={props.numberOf} handlers={props.qaHandlers} />
        <ReviewActions unit={unit} id={id} isReviewer={props.isReviewer} onReview={props.onReview} onComments={props.onComments} />
        <ConflictPanel
          state={state}
          conflict={draft.conflict}
          onResolve={(choice) => props.onResolveConflict(id, choice)}
          onReload={props.onReload}
        />
        {state === "failed" && draft.error && <ErrorLine error={draft.error} />}
      </div>
      <UnitActions
        id={id}
        number={number}
        multi={multi}
        isFirst={unit.first === 0}
        isLast={props.isLast}
        onMerge={props.onMerge}
        onSplit={props.onSplit}
        onMove={props.onMove}
        onHistory={props.onHistory}
      />
    </article>
  );
}

export const UnitRow = memo(UnitRowView);
