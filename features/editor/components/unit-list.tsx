"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { startsParagraph } from "@/lib/editor/paragraph-boundary";
import type { HitKey } from "./find-marks";
import { countRender } from "./render-count";
import { UnitRow, type UnitRowProps } from "./unit-row";
import { type UnitList as List, useListVirtualizer } from "./use-unit-list";
import { type EditorStore, useStoredUnit } from "./use-unit-store";

/** The same empty list for every row nobody else is editing (a new [] would re-render the row). */
const NOBODY: string[] = [];

/** What every row gets alike: the store, callbacks and flags that must keep their identity between renders. */
export type SharedRowProps = Omit<UnitRowProps, "id" | "number" | "active" | "editingBy" | "isLast" | "currentHit">;

/**
 * The scroll area with the rows in view. It renders when the ids, the rows in view or the active
 * unit change, never for a keystroke: each row subscribes to its own unit in the store (rows are
 * memo()ed and get the shared props unchanged, so typing re-renders the one row typed in).
 */
export function UnitList(props: {
  ids: number[];
  store: EditorStore;
  list: List;
  fetchUnits: (ids: number[]) => Promise<void>;
  activeId: number | null;
  editingBy: Map<number, string[]>;
  /** How many units the document has (the last one cannot be merged with a next). */
  total: number;
  currentHit: (id: number) => HitKey | null;
  shared: SharedRowProps;
}) {
  const t = useTranslations("editor");
  countRender("unit-list");
  const { ids, list, shared } = props;
  const { virtualizer, items } = useListVirtualizer(list, ids, props.fetchUnits);
  return (
    <div ref={list.scroller} className="editor-scroller" data-testid="editor-scroller">
      {ids.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {items.map((item) => {
            const id = ids[item.index];
            const number = shared.numberOf(id);
            return (
              <UnitSlot
                key={item.key}
                id={id}
                index={item.index}
                start={item.start}
                previousId={ids[item.index - 1]}
                store={props.store}
                measure={virtualizer.measureElement}
              >
                <UnitRow
                  {...shared}
                  id={id}
                  number={number}
                  active={props.activeId === id}
                  editingBy={props.editingBy.get(id) ?? NOBODY}
                  isLast={number === props.total}
                  currentHit={props.currentHit(id)}
                />
              </UnitSlot>
            );
          })}
        </div>
      )}
    </div>
  );
}

/**
 * A row's place in the virtual list, marked when it starts a paragraph (which needs its unit and the
 * previous one: it subscribes to both, so a unit loading re-renders its slot and not the list).
 */
function UnitSlot(props: {
  id: number;
  index: number;
  start: number;
  previousId: number | undefined;
  store: EditorStore;
  measure: (element: Element | null) => void;
  children: ReactNode;
}) {
  const unit = useStoredUnit(props.store, props.id);
  const previous = useStoredUnit(props.store, props.previousId);
  const newParagraph = startsParagraph(unit, previous);
  return (
    <div
      data-index={props.index}
      className={newParagraph ? "unit-slot new-paragraph" : "unit-slot"}
      data-paragraph={unit?.hindi[0]?.paragraph}
      ref={props.measure}
      style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${props.start}px)` }}
    >
      {props.children}
    </div>
  );
}
