"use client";

import { type KeyboardEvent, useCallback, useRef } from "react";

/** What the editor's keys do to a unit (the shortcut table in lib/editor/shortcuts.ts names them). */
export interface EditorKeyActions {
  /** Ctrl+Enter: marks translated and moves on. */
  translateNext(id: number): void;
  /** Alt+↑/↓ (save first); `edit`: into the English box when the key came from it. */
  navigate(id: number, offset: -1 | 1, edit: boolean): void;
  moveSentence(id: number, direction: "first-to-previous" | "last-to-next"): void;
  merge(id: number): void;
  split(id: number): void;
  approve(id: number): void;
  reject(id: number): void;
  copySource(id: number, what: "tokens" | "whole"): void;
  readText(): void;
  insertTerm(id: number, index: number): void;
  insertMemory(id: number, index: number): void;
  undo(): void;
  /** Esc in the English box: back to the last deliberate save. */
  cancel(id: number): void;
  /** Enter on the row: into its English box. */
  edit(id: number): void;
  /** Enter in the English box: saves (renderings are single paragraphs). */
  save(id: number): void;
}

/**
 * The unit rows' key handler, from the one shortcut table's keys. It reads the newest actions
 * through a ref, so the handler itself never changes and memo()ed rows do not re-render for it.
 */
export function useEditorKeys(actions: EditorKeyActions, isReviewer: boolean): (id: number, event: KeyboardEvent<HTMLElement>) => void {
  const latest = useRef({ actions, isReviewer });
  latest.current = { actions, isReviewer };
  return useCallback((id: number, event: KeyboardEvent<HTMLElement>) => {
    const { actions: a, isReviewer: reviewer } = latest.current;
    const inText = (event.target as HTMLElement).tagName === "TEXTAREA";
    const { key, code } = event;
    const altShift = event.altKey && event.shiftKey && !event.ctrlKey;
    const run = (action: () => void) => {
      event.preventDefault();
      action();
    };
    if ((event.ctrlKey || event.metaKey) && key === "Enter") run(() => a.translateNext(id));
    else if (altShift && (key === "ArrowUp" || key === "ArrowDown"))
      run(() => a.moveSentence(id, key === "ArrowUp" ? "first-to-previous" : "last-to-next"));
    else if (event.altKey && !event.shiftKey && (key === "ArrowUp" || key === "ArrowDown"))
      run(() => a.navigate(id, key === "ArrowUp" ? -1 : 1, inText));
    else if (altShift && code === "KeyM") run(() => a.merge(id));
    else if (altShift && code === "KeyS") run(() => a.split(id));
    else if (altShift && code === "KeyA" && reviewer) run(() => a.approve(id));
    else if (altShift && code === "KeyR" && reviewer) run(() => a.reject(id));
    else if (altShift && (code === "KeyC" || code === "KeyX")) run(() => a.copySource(id, code === "KeyC" ? "tokens" : "whole"));
    else if (altShift && code === "KeyT") run(() => a.readText());
    else if (altShift && /^Digit[1-9]$/.test(code)) run(() => a.insertTerm(id, Number(code.slice(5)) - 1));
    else if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && /^Digit[1-3]$/.test(code))
      run(() => a.insertMemory(id, Number(code.slice(5)) - 1));
    else if (altShift && code === "KeyZ") run(() => a.undo());
    else if (key === "Escape" && inText) run(() => a.cancel(id));
    else if (key === "Enter" && !inText) run(() => a.edit(id));
    else if (key === "Enter" && inText && !event.shiftKey) run(() => a.save(id));
  }, []);
}
