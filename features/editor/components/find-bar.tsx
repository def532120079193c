"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { MAX_FIND_LENGTH } from "@/lib/editor/find";
import type { FindQuery } from "./find-marks";
import type { FindState } from "./use-find";

/**
 * The find bar (Ctrl+F; Ctrl+H opens it with the replace field): hits in the Hindi, the English or
 * both are marked in the rows; Enter and Shift+Enter go to the next and previous hit, Esc closes
 * it and puts the focus on the current hit. Replacing is the English's only, across the document,
 * through a preview.
 */
export function FindBar({
  state,
  allLoaded,
  onClose,
  onPreviewReplace,
}: {
  state: FindState;
  allLoaded: boolean;
  onClose: () => void;
  onPreviewReplace: () => void;
}) {
  const t = useTranslations("editor.find");
  const input = useRef<HTMLInputElement>(null);
  // Opening (again: Ctrl+F while open counts a new request) puts the cursor in the find field with its text selected.
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusRequest is the trigger, not a value read
  useEffect(() => {
    if (state.isOpen) {
      input.current?.focus();
      input.current?.select();
    }
  }, [state.isOpen, state.focusRequest]);
  if (!state.isOpen) return null;
  const count = state.hits.length === 0 ? t("none") : t("count", { current: Math.max(1, state.current + 1), total: state.hits.length });
  return (
    <search className="find-bar panel" data-testid="find-bar">
      <label>
        {t("label")}
        <input
          ref={input}
          type="search"
          data-testid="find-input"
          value={state.query}
          maxLength={MAX_FIND_LENGTH}
          onChange={(e) => state.setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              if (e.shiftKey) state.previous();
              else state.next();
            } else if (e.key === "Escape") {
              e.preventDefault();
              onClose();
            }
          }}
        />
      </label>
      <label>
        {t("scope")}
        <select value={state.scope} onChange={(e) => state.setScope(e.target.value as FindQuery["scope"])}>
          <option value="both">{t("scopeBoth")}</option>
          <option value="hindi">{t("scopeHindi")}</option>
          <option value="english">{t("scopeEnglish")}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={state.matchCase} onChange={(e) => state.setMatchCase(e.target.checked)} />
        {t("matchCase")}
      </label>
      <label className="check">
        <input type="checkbox" checked={state.wholeWord} onChange={(e) => state.setWholeWord(e.target.checked)} />
        {t("wholeWord")}
      </label>
      <output className="find-count" data-testid="find-count" aria-live="polite">
        {state.query ? count : ""}
        {state.query && !allLoaded ? ` (${t("loadedOnly")})` : ""}
      </output>
      <button type="button" onClick={state.previous} disabled={state.hits.length === 0}>
        {t("previous")}
      </button>
      <button type="button" onClick={state.next} disabled={state.hits.length === 0}>
        {t("next")}
      </button>
      <button
        type="button"
        className="link-button"
        aria-expanded={state.replaceOpen}
        onClick={() => state.setReplaceOpen(!state.replaceOpen)}
      >
        {t("replaceToggle")}
      </button>
      {state.replaceOpen && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (state.query) onPreviewReplace();
          }}
        >
          <label>
            {t("replaceLabel")}
            <input
              type="text"
              data-testid="replace-input"
              value={state.replacement}
              maxLength={MAX_FIND_LENGTH}
              onChange={(e) => state.setReplacement(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Escape") {
                  e.preventDefault();
                  onClose();
                }
              }}
            />
          </label>
          <button type="submit" className="primary" disabled={!state.query}>
            {t("preview")}
          </button>
        </form>
      )}
      <button type="button" onClick={onClose}>
        {t("close")}
      </button>
    </search>
  );
}
