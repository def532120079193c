"use client";

import { useTranslations } from "next-intl";
import { ModalDialog } from "@/features/shell/components/modal-dialog";

/** Asks before an action that changes many units at once (a native <dialog>: focus in, Esc out). */
export function ConfirmDialog({
  title,
  text,
  onConfirm,
  onCancel,
}: {
  title: string;
  text: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor");
  return (
    <ModalDialog label={title} onClose={onCancel}>
      <h2>{title}</h2>
      <p>{text}</p>
      <div className="inline-form">
        <button type="button" className="primary" onClick={onConfirm}>
          {t("confirm")}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </ModalDialog>
  );
}
