"use client";

import { useTranslations } from "next-intl";
import { type RefObject, useCallback, useMemo } from "react";
import type { EditorUnit, UnitIndex } from "../types";
import { type ApiError, api } from "./api";
import type { EditorDialog } from "./editor-dialogs";
import type { Draft } from "./unit-row";

/**
 * A reviewer's decisions (approve, reject, reopen, bulk approval) and QA issues ignored or taken back:
 * each saves what is typed first, sends the unit's version and keeps the answer.
 */
export function useReview(options: {
  documentId: string;
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  indexRef: RefObject<UnitIndex>;
  activeRef: RefObject<number | null>;
  flush: (id: number) => Promise<unknown>;
  setDraft: (id: number, draft: Partial<Draft>) => void;
  onChange: (id: number, text: string) => void;
  focusUnit: (id: number, edit?: boolean) => void;
  reviewMode: boolean;
  openDialog: (dialog: EditorDialog) => void;
  refreshLoaded: () => Promise<void>;
  reloadIndex: () => Promise<unknown>;
  notify: (notice: { text?: string; error?: ApiError }) => void;
}) {
  const t = useTranslations("editor");
  const { documentId, units, drafts, indexRef, activeRef, flush, setDraft, onChange, focusUnit, reviewMode, openDialog, notify } = options;
  const { refreshLoaded, reloadIndex } = options;

  const review = useCallback(
    async (id: number, action: "approve" | "reject" | "reopen", comment = "") => {
      await flush(id);
      const unit = units.current.get(id);
      if (!unit) return;
      const result = await api.review(id, action, unit.version, comment);
      if (!result.ok) {
        if (result.error.code === "CONFLICT" && result.error.details?.current) {
          setDraft(id, { state: "conflict", conflict: result.error.details.current as Draft["conflict"] });
        }
        return notify({ error: result.error });
      }
      units.current.set(id, result.data);
      drafts.current.delete(id);
      if (action === "reopen" && result.data.status === "approved") notify({ text: t("reopenRequested") });
      if (action === "approve" && reviewMode) {
        const i = (indexRef.current.ids.indexOf(id) ?? 0) + 1;
        const next = indexRef.current.ids[i];
        if (next !== undefined) focusUnit(next, false);
      }
    },
    [drafts, flush, focusUnit, indexRef, notify, reviewMode, setDraft, t, units],
  );

  const onReview = useCallback(
    (id: number, action: "approve" | "reject" | "reopen") => {
      if (action === "approve") void review(id, "approve");
      else openDialog({ kind: "reason", id, action });
    },
    [openDialog, review],
  );

  const qaAction = useCallback(
    async (id: number, action: "ignore" | "unignore", key: string, reason = "") => {
      await flush(id);
      const unit = units.current.get(id);
      if (!unit) return;
      const result = await api.qa(id, { action, key, version: unit.version, reason });
      if (!result.ok) return notify({ error: result.error });
      units.current.set(id, result.data);
    },
    [flush, notify, units],
  );
  const qaHandlers = useMemo(
    () => ({
      onQaFix: (id: number, english: string) => {
        onChange(id, english);
        void flush(id);
      },
      onQaIgnore: (id: number, key: string) => openDialog({ kind: "ignore", id, key }),
      onQaUnignore: (id: number, key: string) => void qaAction(id, "unignore", key),
    }),
    [flush, onChange, openDialog, qaAction],
  );

  // Asked in the editor's own dialog (editor-dialogs), which then calls approveAll.
  const bulkApprove = useCallback(() => openDialog({ kind: "bulk", id: activeRef.current }), [activeRef, openDialog]);
  const approveAll = useCallback(async () => {
    const result = await api.bulkApprove(documentId, true, true);
    if (!result.ok) return notify({ error: result.error });
    notify({ text: t("bulkApproved", { count: result.data.approved }) });
    await refreshLoaded();
    await reloadIndex();
  }, [documentId, notify, refreshLoaded, reloadIndex, t]);

  return { review, onReview, qaAction, qaHandlers, bulkApprove, approveAll };
}
