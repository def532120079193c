"use client";

import { type RefObject, useCallback, useEffect, useState } from "react";
import type { EditorUnit, UnitIndex } from "../types";
import { revealUnit } from "./reveal-unit";
import type { Draft } from "./unit-row";
import { useFind } from "./use-find";
import type { UnitList } from "./use-unit-list";
import type { EditorStore } from "./use-unit-store";

/** Up to this many units, opening the find bar loads them all, so that it finds in the whole document. */
export const FIND_LOADS_ALL = 3_000;

/**
 * Find in the editor (use-find) wired to the list: a hit is scrolled into view, closing the bar puts
 * the focus on the current hit, and replacing in the English first saves what is being typed.
 */
export function useEditorFind(options: {
  index: UnitIndex;
  indexRef: RefObject<UnitIndex>;
  store: EditorStore;
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  list: UnitList;
  activeRef: RefObject<number | null>;
  fetchUnits: (ids: number[]) => Promise<void>;
  flush: (id: number) => Promise<unknown>;
  focusUnit: (id: number, edit?: boolean) => void;
}) {
  const { index, indexRef, store, units, drafts, activeRef, fetchUnits, flush, focusUnit } = options;
  const { scrollToIndex, scroller } = options.list;
  const unitOf = useCallback((id: number) => units.current.get(id), [units]);
  const shownText = useCallback((id: number) => drafts.current.get(id)?.text ?? units.current.get(id)?.english ?? "", [drafts, units]);
  const find = useFind({
    ids: index.ids,
    unit: unitOf,
    text: shownText,
    subscribe: store.subscribe,
    version: store.version,
    onGo: useCallback(
      (hit: { id: number }) => {
        const i = indexRef.current.ids.indexOf(hit.id);
        if (i < 0) return;
        scrollToIndex(i, { align: "auto" });
        revealUnit(() => scroller.current, hit.id, { edit: false, focus: false });
      },
      [indexRef, scroller, scrollToIndex],
    ),
  });
  const [replacing, setReplacing] = useState(false);
  useEffect(() => {
    if (find.find && index.ids.length <= FIND_LOADS_ALL) void fetchUnits(index.ids);
  }, [find.find, index, fetchUnits]);
  const closeFind = useCallback(() => {
    const hit = find.currentHit;
    find.setOpen(false);
    const id = hit?.id ?? activeRef.current;
    if (id === null || id === undefined) return;
    focusUnit(id, hit?.where === "english");
    // Back in the English box, the hit is selected: typing replaces it.
    if (hit?.where === "english") {
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLTextAreaElement>(`[data-unit-id="${id}"] textarea`)?.setSelectionRange(hit.start, hit.end),
      );
    }
  }, [activeRef, find, focusUnit, scroller]);
  const previewReplace = useCallback(async () => {
    // Text still being typed is saved first: the preview must see the versions it will change.
    await Promise.all([...drafts.current.entries()].filter(([, d]) => d.state === "dirty").map(([id]) => flush(id)));
    setReplacing(true);
  }, [drafts, flush]);

  return { find, replacing, setReplacing, closeFind, previewReplace, allLoaded: index.ids.length <= FIND_LOADS_ALL };
}
