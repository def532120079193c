"use client";

import { useTranslations } from "next-intl";
import { memo, type KeyboardEvent } from "react";
import type { EditorUnit } from "../types";
import type { ApiError } from "./api";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "failed" | "conflict" | "gone";

export interface Draft {
  text: string;
  state: SaveState;
  error?: ApiError;
  conflict?: { english: string; version: number; author: string | null };
}

export interface UnitRowProps {
  unit: EditorUnit | undefined;
  id: number;
  number: number;
  draft: Draft | undefined;
  active: boolean;
  canEdit: boolean;
  lowConfidence: boolean;
  editingBy: string[];
  isFirst: boolean;
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
}

function UnitRowView(props: UnitRowProps) {
  const t = useTranslations("editor");
  const { unit, id, number, draft } = props;
  if (!unit) {
    return (
      <div className="unit-row loading" data-testid="unit-row-loading">
        <span className="unit-number">{number}</span>
        <span className="muted">{t("loading")}</span>
      </div>
    );
  }
  const text = draft?.text ?? unit.english;
  const state = draft?.state ?? "idle";
  const multi = unit.first !== unit.last;
  return (
    <div
      className={`unit-row status-${unit.status}${props.active ? " active" : ""}${props.lowConfidence ? " low-confidence" : ""}`}
      data-testid="unit-row"
      data-unit-id={unit.id}
      data-unit-number={number}
      data-status={unit.status}
      data-low-confidence={props.lowConfidence ? "true" : "false"}
      data-version={unit.version}
      tabIndex={-1}
      onKeyDown={(e) => props.onKeyDown(id, e)}
    >
      <div className="unit-number" aria-hidden="true">
        {number}
      </div>
      <div className="unit-hindi" lang="hi" data-testid="unit-hindi" aria-label={t("hindiLabel", { n: number })}>
        {unit.hindi.map((s) => (
          <span key={s.position} className="sentence">
            <sup className="sentence-no" lang="en" title={t("sentenceNo", { n: s.position + 1 })}>
              {s.position + 1}
            </sup>
            {s.text}{" "}
          </span>
        ))}
      </div>
      <div className="unit-english">
        <textarea
          data-testid="unit-english"
          lang="en"
          aria-label={t("englishLabel", { n: number })}
          value={text}
          readOnly={!props.canEdit}
          rows={Math.min(8, Math.max(2, Math.ceil(text.length / 70)))}
          onFocus={() => props.onFocus(id)}
          onChange={(e) => props.onChange(id, e.target.value)}
          onBlur={() => props.onBlur(id)}
        />
        <div className="unit-meta">
          <span className={`status-badge ${unit.status}`} data-testid="unit-status">
            {t(`status_${unit.status}`)}
          </span>
          <SaveIndicator state={state} onRetry={() => props.onRetry(id)} />
          {unit.confidence !== null && (
            <span className={props.lowConfidence ? "warn" : "muted"}>{t("confidence", { value: Math.round(unit.confidence * 100) })}</span>
          )}
          {unit.openComments > 0 && <span className="muted">{t("comments", { count: unit.openComments })}</span>}
          {props.editingBy.map((name) => (
            <span key={name} className="presence-tag">
              {t("editingBy", { name })}
            </span>
          ))}
          {!props.canEdit && <span className="muted">{t("approvedLocked")}</span>}
        </div>
        {state === "conflict" && draft?.conflict && (
          <div className="conflict panel" role="alert" data-testid="conflict">
            <strong>{t("conflictTitle", { author: draft.conflict.author ?? "?" })}</strong>
            <p>
              {t("conflictTheirs")}: <q lang="en" data-testid="conflict-theirs">{draft.conflict.english}</q>
            </p>
            <p className="muted">{t("conflictYours")}</p>
            <div className="inline-form">
              <button type="button" onClick={() => props.onResolveConflict(id, "theirs")}>
                {t("useTheirs")}
              </button>
              <button type="button" className="primary" onClick={() => props.onResolveConflict(id, "mine")}>
                {t("keepMine")}
              </button>
            </div>
          </div>
        )}
        {state === "gone" && (
          <div className="conflict panel" role="alert">
            <strong>{t("goneTitle")}</strong>
            <p className="muted">{t("goneBody")}</p>
            <button type="button" onClick={props.onReload}>
              {t("reloadUnits")}
            </button>
          </div>
        )}
        {state === "failed" && draft?.error && <ErrorLine error={draft.error} />}
      </div>
      <div className="unit-actions">
        <button type="button" onClick={() => props.onMerge(id)} disabled={props.isLast} title={t("merge")} aria-label={`${t("merge")} (${number})`}>
          ⤓
        </button>
        <button type="button" onClick={() => props.onSplit(id)} disabled={!multi} title={t("split")} aria-label={`${t("split")} (${number})`}>
          ✂
        </button>
        <button
          type="button"
          onClick={() => props.onMove(id, "first-to-previous")}
          disabled={!multi || props.isFirst}
          title={t("moveFirstUp")}
          aria-label={`${t("moveFirstUp")} (${number})`}
        >
          ↥
        </button>
        <button
          type="button"
          onClick={() => props.onMove(id, "last-to-next")}
          disabled={!multi || props.isLast}
          title={t("moveLastDown")}
          aria-label={`${t("moveLastDown")} (${number})`}
        >
          ↧
        </button>
        <button type="button" onClick={() => props.onHistory(id)} title={t("history")} aria-label={`${t("history")} (${number})`}>
          ⟲
        </button>
      </div>
    </div>
  );
}

function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = useTranslations("editor");
  if (state === "saving") return <span className="save-state saving" data-testid="save-state">{t("saving")}</span>;
  if (state === "saved") return <span className="save-state ok" data-testid="save-state">{t("saved")}</span>;
  if (state === "dirty") return <span className="save-state muted" data-testid="save-state">{t("unsaved")}</span>;
  if (state === "failed")
    return (
      <span className="save-state error" data-testid="save-state">
        {t("failed")}{" "}
        <button type="button" className="link-button" onClick={onRetry}>
          {t("retry")}
        </button>
      </span>
    );
  return null;
}

function ErrorLine({ error }: { error: ApiError }) {
  const t = useTranslations("editor");
  const tErr = useTranslations("errors");
  const reason = error.details?.reason as string | undefined;
  const known = ["tooLong", "approvedLocked", "noNeighbour", "singleSentence", "badSplit", "unitGone", "versionConflict"];
  const text = reason && known.includes(reason) ? t(reason as "tooLong") : error.code === "NETWORK" ? tErr("INTERNAL") : tErr(error.code as "INTERNAL", { detail: error.message });
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}

export const UnitRow = memo(UnitRowView);
export { ErrorLine };
