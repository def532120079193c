"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ModalDialog } from "@/features/shell/components/modal-dialog";

/** Asks for the reason of a rejection or a reopen (both need one). */
export function ReasonDialog({
  title,
  label,
  onConfirm,
  onCancel,
}: {
  title: string;
  /** The field's label when "Reason" says too little (ignoring a QA issue). */
  label?: string;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("editor");
  const [reason, setReason] = useState("");
  return (
    <ModalDialog label={title} onClose={onCancel}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (reason.trim()) onConfirm(reason.trim());
        }}
      >
        <h2>{title}</h2>
        <label>
          {label ?? t("reason")}
          <textarea data-autofocus rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
        </label>
        <div className="inline-form">
          <button type="submit" className="primary" disabled={!reason.trim()}>
            {t("confirm")}
          </button>
          <button type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
