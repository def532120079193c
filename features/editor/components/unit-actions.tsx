"use client";

import { useTranslations } from "next-intl";
import type { EditorUnit } from "../types";
import type { UnitRowProps } from "./unit-row";

type Handlers = Pick<UnitRowProps, "id" | "isReviewer" | "onReview" | "onComments">;

/** A unit's review decisions (by role and status) and its comments. */
export function ReviewActions({ unit, ...props }: Handlers & { unit: EditorUnit }) {
  const t = useTranslations("editor");
  const { id } = props;
  return (
    <div className="inline-form review-actions">
      {props.isReviewer && unit.status !== "approved" && unit.english.trim() !== "" && (
        <button type="button" className="approve" onClick={() => props.onReview(id, "approve")}>
          {t("approve")}
        </button>
      )}
      {props.isReviewer && unit.status !== "rejected" && unit.english.trim() !== "" && (
        <button type="button" onClick={() => props.onReview(id, "reject")}>
          {t("reject")}
        </button>
      )}
      {!props.isReviewer && unit.status === "approved" && (
        <button type="button" onClick={() => props.onReview(id, "reopen")}>
          {t("reopen")}
        </button>
      )}
      <button type="button" className="link-button" onClick={() => props.onComments(id)}>
        {t("commentsButton", { count: unit.openComments })}
      </button>
    </div>
  );
}

/** A unit's structural operations (merge, split, move a sentence) and its history, by number for screen readers. */
export function UnitActions(
  props: Pick<UnitRowProps, "id" | "number" | "isLast" | "onMerge" | "onSplit" | "onMove" | "onHistory"> & {
    multi: boolean;
    isFirst: boolean;
  },
) {
  const t = useTranslations("editor");
  const { id, number, multi } = props;
  return (
    <div className="unit-actions">
      <button
        type="button"
        onClick={() => props.onMerge(id)}
        disabled={props.isLast}
        title={t("merge")}
        aria-label={`${t("merge")} (${number})`}
      >
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
  );
}
