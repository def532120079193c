"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { startsParagraph } from "@/lib/editor/paragraph-boundary";
import { canEditEnglish } from "@/lib/editor/policy";
import { LOW_CONFIDENCE, type Role } from "@/lib/editor/status";
import type { EditorUnit } from "../types";
import type { HitKey } from "./find-marks";
import { type Draft, UnitRow, type UnitRowProps } from "./unit-row";
import type { UnitList as List } from "./use-unit-list";

/** The same empty list for every row nobody else is editing (a new [] would re-render the row). */
const NOBODY: string[] = [];

/** What every row gets alike: callbacks and flags that must keep their identity between renders. */
export type SharedRowProps = Omit<
  UnitRowProps,
  "unit" | "id" | "number" | "draft" | "active" | "canEdit" | "lowConfidence" | "editingBy" | "isFirst" | "isLast" | "currentHit"
>;

/**
 * The scroll area with the rows in view (rows are memo()ed: each gets only values that change
 * with its own unit, and the shared props unchanged, so a keystroke re-renders one row).
 */
export function UnitList(props: {
  ids: number[];
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  list: List;
  role: Role;
  activeId: number | null;
  editingBy: Map<number, string[]>;
  /** How many units the document has (the last one cannot be merged with a next). */
  total: number;
  currentHit: (id: number) => HitKey | null;
  shared: SharedRowProps;
}) {
  const t = useTranslations("editor");
  const { ids, list, shared } = props;
  const units = props.units.current;
  const { virtualizer } = list;
  return (
    <div ref={list.scroller} className="editor-scroller" data-testid="editor-scroller">
      {ids.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
          {list.items.map((item) => {
            const id = ids[item.index];
            const unit = units.get(id);
            const newParagraph = startsParagraph(unit, units.get(ids[item.index - 1]));
            const number = shared.numberOf(id);
            return (
              <div
                key={item.key}
                data-index={item.index}
                className={newParagraph ? "unit-slot new-paragraph" : "unit-slot"}
                data-paragraph={unit?.hindi[0]?.paragraph}
                ref={virtualizer.measureElement}
                style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
              >
                <UnitRow
                  {...shared}
                  unit={unit}
                  id={id}
                  number={number}
                  draft={props.drafts.current.get(id)}
                  active={props.activeId === id}
                  canEdit={unit ? canEditEnglish(props.role, unit.status) : false}
                  lowConfidence={unit?.confidence != null && unit.confidence < LOW_CONFIDENCE}
                  editingBy={props.editingBy.get(id) ?? NOBODY}
                  isFirst={unit?.first === 0}
                  isLast={number === props.total}
                  currentHit={props.currentHit(id)}
                />
              </div>
            );
          })}
        </div>
      )}
    </div>
  );
}
