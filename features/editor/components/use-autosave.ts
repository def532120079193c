"use client";

import { type RefObject, useCallback, useRef } from "react";
import type { EditorUnit } from "../types";
import { api } from "./api";
import type { Draft } from "./unit-row";

const SAVE_DELAY_MS = 800;

/**
 * Saving a unit's English: typing marks the draft dirty and saves it SAVE_DELAY_MS after the last
 * key (an autosave); leaving the unit, Enter or Ctrl+Enter save at once (deliberately). One save per
 * unit is on its way at a time: another asked for meanwhile waits and runs after it, and text typed
 * while a save was out is saved next. A version conflict keeps both texts for the person to choose;
 * a unit gone (merged away) says so. `units` and `drafts` are the editor's store (use-unit-store):
 * writing a draft re-renders the row that shows it.
 */
export function useAutosave(units: RefObject<Map<number, EditorUnit>>, drafts: RefObject<Map<number, Draft>>) {
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());
  // Saves on their way to the server: the text sent, and a promise that settles when that save (and
  // any save queued behind it) is done, so that a merge or move waits for the version it produces.
  const inFlight = useRef(new Map<number, { text: string; auto: boolean; done: Promise<void> }>());
  const pending = useRef(new Map<number, boolean>());

  const setDraft = useCallback(
    (id: number, patch: Partial<Draft>) => {
      const current = drafts.current.get(id) ?? { text: units.current.get(id)?.english ?? "", state: "idle" as const };
      drafts.current.set(id, { ...current, ...patch });
    },
    [drafts, units],
  );

  const flush = useCallback(
    async (id: number, markTranslated = false, auto = false): Promise<void> => {
      clearTimeout(timers.current.get(id));
      timers.current.delete(id);
      const unit = units.current.get(id);
      const draft = drafts.current.get(id);
      if (!unit) return;
      if (draft?.state === "conflict" || draft?.state === "gone") return;
      const text = draft?.text ?? unit.english;
      if (text === unit.english && !markTranslated) {
        if (draft?.state === "dirty") setDraft(id, { state: "idle" });
        return;
      }
      if (markTranslated && text === unit.english && !unit.needsReview && (unit.status === "translated" || unit.status === "approved"))
        return;
      const running = inFlight.current.get(id);
      if (running) {
        pending.current.set(id, markTranslated || (pending.current.get(id) ?? false));
        return running.done;
      }
      let finish = () => {};
      const mine = { text, auto, done: new Promise<void>((resolve) => (finish = resolve)) };
      inFlight.current.set(id, mine);
      try {
        setDraft(id, { text, state: "saving", error: undefined });
        const result = await api.save(id, text, unit.version, markTranslated);
        // Done with the request: a save queued meanwhile may start now (see `again` below).
        inFlight.current.delete(id);
        if (result.ok) {
          units.current.set(id, result.data);
          const now = drafts.current.get(id);
          if (now && now.text !== text) setDraft(id, { state: "dirty" });
          else setDraft(id, { text: result.data.english, state: "saved" });
        } else if (result.error.code === "CONFLICT" && result.error.details?.current) {
          const current = result.error.details.current as { english: string; version: number; author: string | null };
          setDraft(id, { state: "conflict", conflict: current });
        } else if (result.error.code === "GONE") {
          setDraft(id, { state: "gone" });
        } else {
          setDraft(id, { state: "failed", error: result.error });
        }
        const again = pending.current.get(id);
        if (again !== undefined) {
          pending.current.delete(id);
          await flush(id, again);
        } else if (result.ok && drafts.current.get(id)?.state === "dirty") {
          // Text typed while this save was on its way is saved now, as an autosave: Escape must
          // still take the unit back to the deliberate save, not to these keystrokes.
          await flush(id, false, true);
        }
      } finally {
        if (inFlight.current.get(id) === mine) inFlight.current.delete(id);
        finish();
      }
    },
    [setDraft, units, drafts],
  );

  const onChange = useCallback(
    (id: number, text: string) => {
      setDraft(id, { text, state: drafts.current.get(id)?.state === "conflict" ? "conflict" : "dirty" });
      clearTimeout(timers.current.get(id));
      timers.current.set(
        id,
        setTimeout(() => void flush(id, false, true), SAVE_DELAY_MS),
      );
    },
    [flush, setDraft, drafts],
  );

  const onBlur = useCallback((id: number) => void flush(id), [flush]);

  /**
   * Saves every unit with unsaved text and waits for every save on its way, with what is queued
   * behind it: before opening a page that reads the database (a Ctrl+Enter a moment ago included).
   */
  const flushAll = useCallback(async () => {
    const dirty = [...drafts.current.entries()].filter(([, d]) => d.state === "dirty").map(([id]) => flush(id));
    await Promise.all([...dirty, ...[...inFlight.current.values()].map((save) => save.done)]);
  }, [drafts, flush]);

  const resolveConflict = useCallback(
    (id: number, choice: "theirs" | "mine") => {
      const draft = drafts.current.get(id);
      const unit = units.current.get(id);
      if (!draft?.conflict || !unit) return;
      // Either way the unit now carries the version the other person saved.
      units.current.set(id, { ...unit, english: draft.conflict.english, version: draft.conflict.version });
      if (choice === "theirs") {
        drafts.current.set(id, { text: draft.conflict.english, state: "idle" });
      } else {
        drafts.current.set(id, { text: draft.text, state: "dirty" });
        void flush(id);
      }
    },
    [flush, units, drafts],
  );

  return { setDraft, flush, flushAll, onChange, onBlur, resolveConflict, timers, inFlight };
}
