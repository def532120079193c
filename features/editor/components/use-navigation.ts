"use client";

import { useTranslations } from "next-intl";
import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { UnitIndex } from "../types";
import type { ApiError } from "./api";
import { api } from "./api";
import type { EditorFilter } from "./filter-bar";
import { revealUnit } from "./reveal-unit";
import type { UnitList } from "./use-unit-list";

/**
 * Where the translator is: the active unit, and every way of getting to another one (next/previous,
 * a number, a filter, the next low-confidence unit). All of them end in focusUnit, which keeps the
 * unit rendered, focused and fully in view.
 */
export function useNavigation(options: {
  documentId: string;
  list: UnitList;
  index: UnitIndex;
  indexRef: RefObject<UnitIndex>;
  orderRef: RefObject<UnitIndex>;
  setIndex: (index: UnitIndex) => void;
  setFilter: (filter: EditorFilter) => void;
  reloadIndex: (filter?: EditorFilter) => Promise<unknown>;
  numberOf: (id: number) => number;
  notify: (notice: { text?: string; error?: ApiError }) => void;
  initialFocusId: number | null;
  initialUnit?: number;
}) {
  const t = useTranslations("editor");
  const { documentId, list, index, indexRef, orderRef, setIndex, setFilter, reloadIndex, numberOf, notify } = options;
  const { scrollToIndex, scroller } = list;
  const [activeId, setActiveId] = useState<number | null>(null);
  const activeRef = useRef(activeId);
  activeRef.current = activeId;
  const position = useMemo(() => new Map(index.ids.map((id, i) => [id, i])), [index]);

  const focusUnit = useCallback(
    (id: number, edit = true, focus = true) => {
      const i = indexRef.current.ids.indexOf(id);
      if (i < 0) return;
      setActiveId(id);
      scrollToIndex(i, { align: "auto" });
      revealUnit(() => scroller.current, id, { edit, focus });
    },
    [indexRef, scroller, scrollToIndex],
  );

  // Opening the editor puts the cursor where the work is, not 15 Tabs away.
  const initialFocus = useRef(options.initialFocusId);
  useEffect(() => {
    const id = initialFocus.current;
    initialFocus.current = null;
    if (id !== null) focusUnit(id, true);
  }, [focusUnit]);

  const onFocus = useCallback((id: number) => setActiveId(id), []);

  const go = useCallback(
    (id: number, offset: number, edit = true) => {
      const i = (position.get(id) ?? 0) + offset;
      const target = indexRef.current.ids[i];
      if (target !== undefined) focusUnit(target, edit);
    },
    [focusUnit, indexRef, position],
  );

  const applyFilter = useCallback(
    async (next: EditorFilter) => {
      setFilter(next);
      await reloadIndex(next);
      // The unit being worked on stays in view when the filter still shows it (the focus stays in the filter bar).
      requestAnimationFrame(() => {
        const active = activeRef.current;
        if (active !== null && indexRef.current.ids.includes(active)) focusUnit(active, false, false);
        else scrollToIndex(0);
      });
    },
    [focusUnit, indexRef, reloadIndex, setFilter, scrollToIndex],
  );

  const jumpTo = useCallback(
    async (number: number) => {
      const id = orderRef.current.ids[number - 1];
      if (id === undefined) return;
      if (!indexRef.current.ids.includes(id)) {
        // The unit is hidden by the filter: show everything.
        setFilter({});
        setIndex(orderRef.current);
        indexRef.current = orderRef.current;
      }
      focusUnit(id, true);
    },
    [focusUnit, indexRef, orderRef, setFilter, setIndex],
  );

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !options.initialUnit) return;
    opened.current = true;
    void jumpTo(options.initialUnit);
  }, [jumpTo, options.initialUnit]);

  const nextLowConfidence = useCallback(async () => {
    const low = await api.index(documentId, "lowConfidence=1");
    if (!low.ok) return;
    const currentNumber = activeId ? numberOf(activeId) : 0;
    const numbers = low.data.ids.map((id) => numberOf(id)).filter((n) => n > 0);
    const target = numbers.find((n) => n > currentNumber) ?? numbers[0];
    if (target === undefined) return notify({ text: t("noMoreLowConfidence") });
    await jumpTo(target);
  }, [activeId, documentId, jumpTo, notify, numberOf, t]);

  return { activeId, activeRef, position, focusUnit, onFocus, go, applyFilter, jumpTo, nextLowConfidence };
}
