"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import { helpLine, shortcutsFor } from "@/lib/editor/shortcuts";

/** Typing a "?" into a text field is text, not a request for help. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The help line under the toolbar and the `?` overlay that lists every shortcut, both rendered from
 * the one table in lib/editor/shortcuts.ts.
 */
export function KeyboardHelp({ isReviewer }: { isReviewer: boolean }) {
  const t = useTranslations("editor");
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.altKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const shortcuts = shortcutsFor(isReviewer);
  return (
    <>
      <span className="muted keyboard-help" data-testid="keyboard-help">
        {t("keyboardLabel")} {helpLine((id) => t(`shortcuts.${id}`), shortcuts)}
      </span>
      <button type="button" className="link-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t("shortcutsButton")}
      </button>
      {open && (
        <ModalDialog label={t("shortcutsTitle")} onClose={() => setOpen(false)}>
          <h2>{t("shortcutsTitle")}</h2>
          <table className="data-table shortcuts-table" data-testid="shortcuts">
            <thead>
              <tr>
                <th scope="col">{t("shortcutsKeys")}</th>
                <th scope="col">{t("shortcutsAction")}</th>
              </tr>
            </thead>
            <tbody>
              {shortcuts.map((s) => (
                <tr key={s.id}>
                  <td>
                    <kbd lang="en">{s.keys}</kbd>
                  </td>
                  <td>
                    {t(`shortcuts.${s.id}`)}
                    {s.reviewer ? ` (${t("shortcutsReviewer")})` : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button type="button" data-autofocus onClick={() => setOpen(false)}>
              {t("close")}
            </button>
          </p>
        </ModalDialog>
      )}
    </>
  );
}
