"use client";

import { type RefObject, useCallback, useRef, useState, useSyncExternalStore } from "react";
import { createUnitStore, type UnitStore } from "@/lib/editor/unit-store";
import type { EditorUnit, UnitIndex } from "../types";
import { type ApiError, api } from "./api";
import { type EditorFilter, filterQuery } from "./filter-bar";
import type { Draft } from "./unit-row";

const FETCH_CHUNK = 100;

export type EditorStore = UnitStore<EditorUnit, Draft>;

/** Nothing to listen to: the subscription of a hook asked about no unit. */
const NOTHING = () => () => {};

/** One unit as it is loaded (undefined while it is not): re-renders when that unit changes, never for another. */
export function useStoredUnit(store: EditorStore, id: number | null | undefined): EditorUnit | undefined {
  const subscribe = useCallback((listener: () => void) => (id == null ? () => {} : store.subscribeUnit(id, listener)), [store, id]);
  const get = () => (id == null ? undefined : store.units.get(id));
  return useSyncExternalStore(id == null ? NOTHING : subscribe, get, get);
}

/** The draft typed into one unit, if any: re-renders when that draft changes, never for another. */
export function useStoredDraft(store: EditorStore, id: number): Draft | undefined {
  const subscribe = useCallback((listener: () => void) => store.subscribeUnit(id, listener), [store, id]);
  const get = () => store.drafts.get(id);
  return useSyncExternalStore(subscribe, get, get);
}

export type DraftStatus = Pick<Draft, "state" | "conflict" | "error">;
const IDLE: DraftStatus = { state: "idle" };

/**
 * A draft's save state, conflict and error without its text: the same object while only the text
 * changes, so what shows them does not re-render for a keystroke.
 */
export function useStoredDraftStatus(store: EditorStore, id: number): DraftStatus {
  const subscribe = useCallback((listener: () => void) => store.subscribeUnit(id, listener), [store, id]);
  const last = useRef(IDLE);
  const get = () => {
    const draft = store.drafts.get(id);
    const before = last.current;
    if (!draft) return IDLE;
    if (draft.state === before.state && draft.conflict === before.conflict && draft.error === before.error) return before;
    last.current = { state: draft.state, conflict: draft.conflict, error: draft.error };
    return last.current;
  };
  return useSyncExternalStore(subscribe, get, get);
}

/**
 * The editor's units: the loaded ones and the drafts typed into them (an external store,
 * lib/editor/unit-store: rows subscribe to their own unit, so a keystroke re-renders only the row
 * typed in; async callbacks read the maps directly), the filtered index the list shows and the
 * full order that numbers units, and the loading of both.
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
  const [store] = useState(() => createUnitStore<EditorUnit, Draft>(options.initialUnits.map((u) => [u.id, u])));
  // The maps as the hooks read them (`units.current.get(id)`); they never change identity.
  const [{ units, drafts }] = useState(() => ({
    units: { current: store.units } as RefObject<Map<number, EditorUnit>>,
    drafts: { current: store.drafts } as RefObject<Map<number, Draft>>,
  }));
  const requested = useRef(new Set<number>());
  const structureVersion = useRef(options.initialIndex.structureVersion);

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
        if (result.ok) for (const u of result.data) units.current.set(u.id, u);
      }
    },
    [documentId, units],
  );

  /** Loads every loaded unit again (after a glossary change or a bulk approval changed many). */
  const refreshLoaded = useCallback(async () => {
    const ids = [...units.current.keys()];
    units.current.clear();
    await fetchUnits(ids);
  }, [fetchUnits, units]);

  return {
    store,
    units,
    drafts,
    structureVersion,
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
