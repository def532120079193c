"use client";

import { useCallback, useRef, useState } from "react";
import type { EditorUnit, UnitIndex } from "../types";
import { type ApiError, api } from "./api";
import { type EditorFilter, filterQuery } from "./filter-bar";
import type { Draft } from "./unit-row";

const FETCH_CHUNK = 100;

/**
 * The editor's units: the loaded ones and the drafts typed into them (mutable maps read by async
 * callbacks; `render` re-renders after a change and `tick` counts those), the filtered index the list
 * shows and the full order that numbers units, and the loading of both.
 */
export function useUnitStore(options: {
  documentId: string;
  initialUnits: EditorUnit[];
  initialIndex: UnitIndex;
  initialOrder: UnitIndex;
  initialFilter: EditorFilter;
  notify: (notice: { error: ApiError }) => void;
}) {
  const { documentId, notify } = options;
  const units = useRef(new Map(options.initialUnits.map((u) => [u.id, u])));
  const drafts = useRef(new Map<number, Draft>());
  const requested = useRef(new Set<number>());
  const structureVersion = useRef(options.initialIndex.structureVersion);
  const [tick, setTick] = useState(0);
  const render = useCallback(() => setTick((n) => n + 1), []);

  const [index, setIndex] = useState<UnitIndex>(options.initialIndex);
  const [order, setOrder] = useState<UnitIndex>(options.initialOrder);
  const orderRef = useRef(order);
  orderRef.current = order;
  const indexRef = useRef(index);
  indexRef.current = index;
  const [filter, setFilter] = useState<EditorFilter>(options.initialFilter);

  const reloadIndex = useCallback(
    async (nextFilter: EditorFilter = filter) => {
      const query = filterQuery(nextFilter);
      const result = await api.index(documentId, query);
      if (!result.ok) return notify({ error: result.error });
      if (query === "") {
        setOrder(result.data);
      } else if (result.data.structureVersion !== orderRef.current.structureVersion) {
        const full = await api.index(documentId, "");
        if (full.ok) setOrder(full.data);
      }
      structureVersion.current = result.data.structureVersion;
      setIndex(result.data);
    },
    [documentId, filter, notify],
  );

  const fetchUnits = useCallback(
    async (ids: number[]) => {
      const wanted = ids.filter((id) => !units.current.has(id) && !requested.current.has(id));
      for (let i = 0; i < wanted.length; i += FETCH_CHUNK) {
        const chunk = wanted.slice(i, i + FETCH_CHUNK);
        for (const id of chunk) requested.current.add(id);
        const result = await api.units(documentId, chunk);
        for (const id of chunk) requested.current.delete(id);
        if (result.ok) {
          for (const u of result.data) units.current.set(u.id, u);
          render();
        }
      }
    },
    [documentId, render],
  );

  /** Loads every loaded unit again (after a glossary change or a bulk approval changed many). */
  const refreshLoaded = useCallback(async () => {
    const ids = [...units.current.keys()];
    units.current.clear();
    await fetchUnits(ids);
  }, [fetchUnits]);

  return {
    units,
    drafts,
    structureVersion,
    tick,
    render,
    index,
    setIndex,
    indexRef,
    order,
    orderRef,
    filter,
    setFilter,
    reloadIndex,
    fetchUnits,
    refreshLoaded,
  };
}
