"use client";

import { type ReactNode, useEffect, useRef } from "react";

/**
 * The one modal dialog: a native <dialog> opened with showModal(), so the browser keeps the focus
 * inside, makes the page behind it inert and turns Esc into onClose. The element marked
 * `data-autofocus` (else the first control) takes the focus, and the control that had it before
 * gets it back when the dialog goes away.
 */
export function ModalDialog({ label, onClose, children }: { label: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => {
      dialog.close();
      previous?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog panel"
      aria-label={label}
      onCancel={(event) => {
        // The dialog closes when its owner stops rendering it, not behind React's back.
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
