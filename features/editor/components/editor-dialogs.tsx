"use client";

import { useTranslations } from "next-intl";
import type { ReplaceResult } from "@/features/replace/types";
import type { StructureResult } from "../types";
import { AddTermDialog } from "./add-term-dialog";
import type { ApiError, ApiResult } from "./api";
import { CommentsDialog } from "./comments-dialog";
import { ConfirmDialog } from "./confirm-dialog";
import type { FindQuery } from "./find-marks";
import { HistoryDialog } from "./history-dialog";
import { ReasonDialog } from "./reason-dialog";
import { ReplaceDialog } from "./replace-dialog";
import { SplitDialog } from "./split-dialog";
import { type EditorStore, useStoredUnit } from "./use-unit-store";

/** The dialog open over the editor, and the unit it is about. */
export type EditorDialog =
  | { kind: "split" | "history" | "comments"; id: number }
  | { kind: "reason"; id: number; action: "reject" | "reopen" }
  | { kind: "term"; id: number; hindi: string; english: string }
  | { kind: "ignore"; id: number; key: string }
  /** Approving every translated unit; `id` is the unit being worked on when it was asked for, if any. */
  | { kind: "bulk"; id: number | null }
  | null;

/**
 * The editor's dialogs. Whatever closes one, the focus goes back to the unit it was about, so the
 * shortcuts keep working.
 */
export function EditorDialogs(props: {
  documentId: string;
  dialog: EditorDialog;
  setDialog: (dialog: EditorDialog) => void;
  store: EditorStore;
  numberOf: (id: number) => number;
  isReviewer: boolean;
  focusUnit: (id: number, edit?: boolean) => void;
  split: (id: number, at: number, first: string, second: string) => Promise<void>;
  review: (id: number, action: "approve" | "reject" | "reopen", comment?: string) => Promise<void>;
  approveAll: () => Promise<void>;
  qaAction: (id: number, action: "ignore" | "unignore", key: string, reason?: string) => Promise<void>;
  fetchUnits: (ids: number[]) => Promise<void>;
  onChange: (id: number, text: string) => void;
  flush: (id: number) => Promise<unknown>;
  onTermDone: () => void;
  replace: { open: boolean; query: FindQuery | null; replacement: string; close: () => void };
  applyStructure: (result: ApiResult<StructureResult>, focusId: number | null) => Promise<boolean>;
  notify: (notice: { text?: string; error?: ApiError }) => void;
}) {
  const t = useTranslations("editor");
  const tQa = useTranslations("qa");
  const { dialog, setDialog, numberOf, focusUnit, replace } = props;
  const dialogUnit = useStoredUnit(props.store, dialog?.id);
  const closeDialog = (id: number | null) => {
    setDialog(null);
    // With no unit to go back to, the dialog gives the focus back to the control that opened it.
    if (id !== null) focusUnit(id, false);
  };
  const replaced = (result: ReplaceResult) => {
    replace.close();
    void props.applyStructure({ ok: true, data: result }, null).then(() => {
      const conflicts = result.conflicts.length + result.gone.length;
      const units = [...result.conflicts.map((c) => c.id), ...result.gone].map(numberOf).filter((n) => n > 0);
      props.notify({
        text: [
          t("find.done", { count: result.replaced }),
          conflicts > 0 ? t("find.conflicts", { count: conflicts, units: units.join(", ") }) : "",
        ]
          .filter(Boolean)
          .join(" "),
      });
    });
  };

  return (
    <>
      {replace.open && replace.query && (
        <ReplaceDialog
          documentId={props.documentId}
          query={replace.query}
          replacement={replace.replacement}
          isReviewer={props.isReviewer}
          numberOf={numberOf}
          onCancel={replace.close}
          onDone={replaced}
        />
      )}
      {dialog?.kind === "split" && dialogUnit && (
        <SplitDialog
          unit={dialogUnit}
          number={numberOf(dialog.id)}
          english={props.store.drafts.get(dialog.id)?.text ?? dialogUnit.english}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={(at, first, second) => {
            setDialog(null);
            void props.split(dialog.id, at, first, second);
          }}
        />
      )}
      {dialog?.kind === "reason" && (
        <ReasonDialog
          title={dialog.action === "reject" ? t("rejectTitle", { n: numberOf(dialog.id) }) : t("reopenTitle", { n: numberOf(dialog.id) })}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={(reason) => {
            closeDialog(dialog.id);
            // The row's buttons change with the new status: the unit itself takes the focus back.
            void props.review(dialog.id, dialog.action, reason).then(() => focusUnit(dialog.id, false));
          }}
        />
      )}
      {dialog?.kind === "bulk" && (
        <ConfirmDialog
          title={t("bulkApprove")}
          text={t("bulkApproveConfirm")}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={() => {
            closeDialog(dialog.id);
            void props.approveAll().then(() => dialog.id !== null && focusUnit(dialog.id, false));
          }}
        />
      )}
      {dialog?.kind === "ignore" && (
        <ReasonDialog
          title={tQa("ignoreTitle", { n: numberOf(dialog.id) })}
          label={tQa("ignoreReason")}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={(reason) => {
            closeDialog(dialog.id);
            void props.qaAction(dialog.id, "ignore", dialog.key, reason).then(() => focusUnit(dialog.id, false));
          }}
        />
      )}
      {dialog?.kind === "comments" && (
        <CommentsDialog
          unitId={dialog.id}
          number={numberOf(dialog.id)}
          onClose={(changed) => {
            closeDialog(dialog.id);
            if (changed) {
              props.store.units.delete(dialog.id);
              void props.fetchUnits([dialog.id]);
            }
          }}
        />
      )}
      {dialog?.kind === "term" && (
        <AddTermDialog
          hindi={dialog.hindi}
          english={dialog.english}
          canAdd={props.isReviewer}
          onCancel={() => closeDialog(dialog.id)}
          onDone={() => {
            closeDialog(dialog.id);
            props.onTermDone();
          }}
        />
      )}
      {dialog?.kind === "history" && (
        <HistoryDialog
          unitId={dialog.id}
          number={numberOf(dialog.id)}
          onClose={() => closeDialog(dialog.id)}
          onRestore={(english) => {
            closeDialog(dialog.id);
            props.onChange(dialog.id, english);
            void props.flush(dialog.id);
          }}
        />
      )}
    </>
  );
}
