"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import type { UndoTop } from "@/features/undo/types";
import type { StructureResult } from "../types";
import { type ApiError, type ApiResult, api } from "./api";

/**
 * Undo from the server's record (undo_entry), so that it survives a reload: the button names the
 * person's newest operation there, every structural answer says what is newest now, and undo asks
 * for exactly that entry. When the button says nothing is left, one click asks the server again, so a
 * stale "Nothing to undo" (another tab, an answer lost) never stands in the way.
 */
export function useServerUndo(options: {
  documentId: string;
  initial: UndoTop | null;
  apply: (result: ApiResult<StructureResult>, focusId: number | null) => Promise<boolean>;
  numberOf: (id: number) => number;
  notify: (notice: { text?: string; error?: ApiError }) => void;
}) {
  const t = useTranslations("editor");
  const { documentId, apply, numberOf, notify } = options;
  const [top, setTop] = useState<UndoTop | null>(options.initial);

  /** Takes the newest entry from a structural answer (older answers without one change nothing). */
  const follow = useCallback((result: ApiResult<StructureResult>) => {
    if (result.ok && result.data.undo !== undefined) setTop(result.data.undo);
  }, []);

  const undo = useCallback(async () => {
    let entry = top;
    if (!entry) {
      const fresh = await api.undoTop(documentId);
      entry = fresh.ok ? fresh.data.undo : null;
      setTop(entry);
      if (!entry) return notify({ text: t("undoNothing") });
    }
    const result = await api.undo(documentId, entry.id);
    const op = t(`op_${entry.kind}`);
    if (!result.ok) {
      const unitId = result.error.details?.unitId;
      if (result.error.reason === "undoStale" && typeof unitId === "number" && numberOf(unitId) > 0) {
        notify({ text: t("undoStaleUnit", { op, n: numberOf(unitId) }) });
      } else {
        notify({ error: result.error });
      }
      const fresh = await api.undoTop(documentId);
      if (fresh.ok) setTop(fresh.data.undo);
      return;
    }
    setTop(result.data.undo);
    if (await apply(result, entry.unitId)) notify({ text: t("undone", { op }) });
  }, [apply, documentId, notify, numberOf, t, top]);

  const label = !top
    ? t("undoNothing")
    : top.kind === "replace"
      ? t("undoReplace", { count: top.units })
      : top.kind === "pretranslate"
        ? t("undoPretranslate", { count: top.units })
        : top.kind === "propagate"
          ? t("undoPropagate", { count: top.units })
          : numberOf(top.unitId) > 0
            ? t("undoAt", { op: t(`op_${top.kind}`), n: numberOf(top.unitId) })
            : t("undo", { op: t(`op_${top.kind}`) });
  return { top, follow, undo, label };
}
