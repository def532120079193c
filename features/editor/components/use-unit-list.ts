"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef } from "react";
import { useFitToWindow } from "./use-fit-to-window";

/**
 * The virtual list of units: a scroll area that fits the window, the rows in view (plus a margin),
 * and loading the units around them before they are scrolled to.
 */
export function useUnitList(ids: number[], fetchUnits: (ids: number[]) => Promise<void>) {
  const scroller = useRef<HTMLDivElement>(null);
  useFitToWindow(scroller);
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 110,
    overscan: 6,
    getItemKey: (i) => ids[i],
    initialRect: { width: 1200, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const rangeStart = items[0]?.index ?? 0;
  const rangeEnd = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    const from = Math.max(0, rangeStart - 20);
    void fetchUnits(ids.slice(from, rangeEnd + 40));
  }, [rangeStart, rangeEnd, ids, fetchUnits]);
  return { scroller, virtualizer, items };
}

export type UnitList = ReturnType<typeof useUnitList>;
