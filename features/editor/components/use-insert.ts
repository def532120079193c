"use client";

import { type RefObject, useCallback, useRef } from "react";
import { useMemoryMatches } from "@/features/tm/components/use-memory-matches";
import { insertAt, sourceTokens } from "@/lib/editor/copy-source";
import { canEditEnglish } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { numberedTerms } from "@/lib/editor/terms";
import type { EditorUnit } from "../types";
import type { Draft } from "./unit-row";

/**
 * What the keys put into the active unit's English: a glossary term (Alt+Shift+1…9), the Hindi's
 * tokens or the whole Hindi (Alt+Shift+C / X), a translation-memory match (Ctrl+1…3).
 */
export function useInsert(options: {
  role: Role;
  activeId: number | null;
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  scroller: RefObject<HTMLDivElement | null>;
  onChange: (id: number, text: string) => void;
}) {
  const { role, units, drafts, scroller, onChange } = options;

  /** Inserts text at the caret of a unit's English box (replacing a selection), as if typed. */
  const insertIntoEnglish = useCallback(
    (id: number, insert: string) => {
      const unit = units.current.get(id);
      if (!unit || !insert || !canEditEnglish(role, unit.status)) return;
      const box = scroller.current?.querySelector<HTMLTextAreaElement>(`[data-unit-id="${id}"] textarea`);
      const text = drafts.current.get(id)?.text ?? unit.english;
      const inserted = insertAt(text, box?.selectionStart ?? text.length, box?.selectionEnd ?? text.length, insert);
      onChange(id, inserted.text);
      requestAnimationFrame(() => box?.setSelectionRange(inserted.caret, inserted.caret));
    },
    [drafts, onChange, role, scroller, units],
  );
  // Alt+Shift+1…9: the term with that number in the active row's list (numberedTerms numbers both).
  const insertTerm = useCallback(
    (id: number, n: number) => {
      const term = numberedTerms(units.current.get(id)?.terms ?? [])[n];
      if (term?.insert) insertIntoEnglish(id, term.insert);
    },
    [insertIntoEnglish, units],
  );
  // Alt+Shift+C: the Hindi's numbers and Latin tokens; Alt+Shift+X: the whole Hindi.
  const copySource = useCallback(
    (id: number, what: "tokens" | "whole") => {
      const hindi = (units.current.get(id)?.hindi ?? []).map((s) => s.text).join(" ");
      insertIntoEnglish(id, what === "whole" ? hindi : sourceTokens(hindi).join(" "));
    },
    [insertIntoEnglish, units],
  );

  // The translation memory's matches for the active unit (features/tm); Ctrl+1…3 inserts one.
  const memory = useMemoryMatches(options.activeId);
  const memoryRef = useRef(memory);
  memoryRef.current = memory;
  const insertMemory = useCallback(
    (id: number, n: number) => {
      const unit = units.current.get(id);
      const match = memoryRef.current.unitId === id ? memoryRef.current.matches[n] : undefined;
      if (!unit || !match || !canEditEnglish(role, unit.status)) return;
      onChange(id, match.english);
    },
    [onChange, role, units],
  );

  return { insertTerm, copySource, memory, insertMemory };
}
