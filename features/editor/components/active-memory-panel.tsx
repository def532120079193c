"use client";

import { MemoryPanel } from "@/features/tm/components/memory-panel";
import type { MemoryState } from "@/features/tm/components/use-memory-matches";
import { canEditEnglish } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { type EditorStore, useStoredUnit } from "./use-unit-store";

/**
 * The memory panel beside the list, offering inserts when the active unit may be edited. It
 * subscribes to the active unit itself, so a save (a new status) re-renders the panel, not the editor.
 */
export function ActiveMemoryPanel(props: {
  store: EditorStore;
  role: Role;
  activeId: number | null;
  memory: MemoryState;
  onInsert: (id: number, n: number) => void;
}) {
  const { activeId, onInsert } = props;
  const unit = useStoredUnit(props.store, activeId);
  return (
    <MemoryPanel
      state={props.memory}
      canInsert={unit ? canEditEnglish(props.role, unit.status) : false}
      onInsert={(n) => {
        if (activeId !== null) onInsert(activeId, n);
      }}
    />
  );
}
