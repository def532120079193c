"use client";

import { useLocale } from "next-intl";
import type { RefObject } from "react";
import type { EditorUnit } from "../types";
import type { EditorDialog } from "./editor-dialogs";
import type { Draft } from "./unit-row";
import { useEditorKeys } from "./use-editor-keys";

/**
 * The unit rows' keys (use-editor-keys, from the shortcut table) bound to what the editor does:
 * save and move on, navigate, the structural operations, review, inserting, undo, Esc.
 */
export function useUnitKeys(options: {
  documentId: string;
  isReviewer: boolean;
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  timers: RefObject<Map<number, ReturnType<typeof setTimeout>>>;
  inFlight: RefObject<Map<number, { text: string; auto: boolean }>>;
  flush: (id: number, markTranslated?: boolean) => Promise<unknown>;
  flushAll: () => Promise<void>;
  go: (id: number, offset: number, edit?: boolean) => void;
  focusUnit: (id: number, edit?: boolean) => void;
  merge: (id: number) => Promise<void>;
  move: (id: number, direction: "first-to-previous" | "last-to-next") => Promise<void>;
  review: (id: number, action: "approve") => Promise<void>;
  openDialog: (dialog: EditorDialog) => void;
  checkRepetitions: (id: number) => unknown;
  copySource: (id: number, what: "tokens" | "whole") => void;
  insertTerm: (id: number, n: number) => void;
  insertMemory: (id: number, n: number) => void;
  undo: () => Promise<unknown>;
}) {
  const locale = useLocale();
  const { documentId, units, drafts, timers, inFlight, flush, go, focusUnit, merge, move, review, openDialog } = options;
  return useEditorKeys(
    {
      translateNext: (id) => {
        void flush(id, true).then(() => options.checkRepetitions(id));
        go(id, 1);
      },
      navigate: (id, offset, edit) => {
        void flush(id);
        go(id, offset, edit);
      },
      moveSentence: (id, direction) => void move(id, direction),
      merge: (id) => void merge(id),
      split: (id) => {
        const unit = units.current.get(id);
        if (unit && unit.first !== unit.last) openDialog({ kind: "split", id });
      },
      approve: (id) => void review(id, "approve").then(() => go(id, 1, false)),
      reject: (id) => openDialog({ kind: "reason", id, action: "reject" }),
      copySource: options.copySource,
      // The reading page reads the database: what is typed and on its way is saved first (the
      // browser still counts the key as the gesture that may open a tab, for a few seconds).
      readText: () => void options.flushAll().then(() => window.open(`/${locale}/documents/${documentId}/read`, "_blank", "noopener")),
      insertTerm: options.insertTerm,
      insertMemory: options.insertMemory,
      undo: () => void options.undo(),
      cancel: (id) => {
        clearTimeout(timers.current.get(id));
        const unit = units.current.get(id);
        if (unit && drafts.current.get(id)?.state !== "conflict") {
          // Back to the last deliberate save (Ctrl+Enter, leaving the unit), even while it is still on
          // its way. An autosave in flight is part of what is being cancelled: when it returns, the
          // differing text is saved back (see flush).
          const saving = inFlight.current.get(id);
          const text = saving && !saving.auto ? saving.text : unit.english;
          drafts.current.set(id, { text, state: saving ? "saving" : "idle" });
        }
        focusUnit(id, false);
      },
      edit: (id) => focusUnit(id, true),
      save: (id) => void flush(id),
    },
    options.isReviewer,
  );
}
