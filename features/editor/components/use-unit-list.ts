"use client";

import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { type RefObject, useCallback, useEffect, useRef } from "react";
import { useFitToWindow } from "./use-fit-to-window";

type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/**
 * The list as the editor's hooks steer it: a scroll area that fits the window, and scrolling to a
 * row. The virtualizer itself lives in the list component (useListVirtualizer), so that a row
 * changing height or a scroll re-renders the list and not the whole editor.
 */
export function useUnitList() {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useRef<ListVirtualizer | null>(null);
  useFitToWindow(scroller);
  const scrollToIndex = useCallback(
    (index: number, options?: Parameters<ListVirtualizer["scrollToIndex"]>[1]) => virtualizer.current?.scrollToIndex(index, options),
    [],
  );
  return { scroller, virtualizer, scrollToIndex };
}

export type UnitList = ReturnType<typeof useUnitList>;

/**
 * The virtual list of units: the rows in view (plus a margin), and loading the units around them
 * before they are scrolled to.
 */
export function useListVirtualizer(
  list: { scroller: RefObject<HTMLDivElement | null>; virtualizer: RefObject<ListVirtualizer | null> },
  ids: number[],
  fetchUnits: (ids: number[]) => Promise<void>,
) {
  const { scroller } = list;
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 110,
    overscan: 6,
    getItemKey: (i) => ids[i],
    initialRect: { width: 1200, height: 900 },
  });
  list.virtualizer.current = virtualizer;
  const items = virtualizer.getVirtualItems();
  const rangeStart = items[0]?.index ?? 0;
  const rangeEnd = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    const from = Math.max(0, rangeStart - 20);
    void fetchUnits(ids.slice(from, rangeEnd + 40));
  }, [rangeStart, rangeEnd, ids, fetchUnits]);
  return { virtualizer, items };
}
