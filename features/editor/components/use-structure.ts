"use client";

import { type RefObject, useCallback, useRef } from "react";
import type { UndoTop } from "@/features/undo/types";
import {
  applyStructureChange,
  type MoveDirection,
  mergeRequest,
  moveOffset,
  moveRequest,
  NO_NEIGHBOUR,
  neighbourOf,
} from "@/lib/editor/structure";
import type { EditorUnit, StructureResult } from "../types";
import { type ApiError, type ApiResult, api } from "./api";
import type { Draft } from "./unit-row";
import { useServerUndo } from "./use-server-undo";

/**
 * Merge, split and move a sentence, and undo them: the decisions are lib/editor/structure's, this
 * hook saves what is typed first, calls the server and applies its answer to the loaded units.
 */
export function useStructure(options: {
  documentId: string;
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  timers: RefObject<Map<number, ReturnType<typeof setTimeout>>>;
  flush: (id: number) => Promise<unknown>;
  reloadIndex: () => Promise<unknown>;
  focusUnit: (id: number, edit?: boolean) => void;
  numberOf: (id: number) => number;
  notify: (notice: { text?: string; error?: ApiError }) => void;
  initialUndo: UndoTop | null;
}) {
  const { documentId, units, drafts, timers, flush, reloadIndex, focusUnit, numberOf, notify } = options;

  // Set once the undo hook exists (below): structural answers carry the newest undo entry.
  const followUndo = useRef<(result: ApiResult<StructureResult>) => void>(() => {});
  const applyStructure = useCallback(
    async (result: ApiResult<StructureResult>, focusId: number | null) => {
      if (!result.ok) {
        notify({ error: result.error });
        return false;
      }
      applyStructureChange(units.current, drafts.current, result.data);
      followUndo.current(result);
      await reloadIndex();
      if (focusId !== null) focusUnit(focusId, false);
      return true;
    },
    [drafts, focusUnit, notify, reloadIndex, units],
  );

  const neighbour = useCallback(
    (id: number, offset: number) => {
      const unit = units.current.get(id);
      return unit ? neighbourOf(units.current.values(), unit, offset) : undefined;
    },
    [units],
  );

  const merge = useCallback(
    async (id: number) => {
      await flush(id);
      const unit = units.current.get(id);
      const next = neighbour(id, 1);
      if (!unit || !next) return notify({ error: NO_NEIGHBOUR });
      await flush(next.id);
      // Flushing saves can reload either unit; a unit that went away meanwhile ends the merge quietly.
      const a = units.current.get(id);
      const b = units.current.get(next.id);
      if (!a || !b) return;
      const request = mergeRequest(a, b);
      await applyStructure(await api.merge(request.unitId, request.version, request.nextVersion), id);
    },
    [applyStructure, flush, neighbour, notify, units],
  );

  const split = useCallback(
    async (id: number, at: number, first: string, second: string) => {
      const unit = units.current.get(id);
      if (!unit) return;
      clearTimeout(timers.current.get(id));
      await applyStructure(await api.split(id, unit.version, at, first, second), id);
    },
    [applyStructure, timers, units],
  );

  const move = useCallback(
    async (id: number, direction: MoveDirection) => {
      await flush(id);
      const unit = units.current.get(id);
      const other = neighbour(id, moveOffset(direction));
      if (!unit || !other) return notify({ error: NO_NEIGHBOUR });
      const request = moveRequest(unit, other, direction);
      await applyStructure(await api.move(request.unitId, request.version, request.neighbourVersion, request.direction), id);
    },
    [applyStructure, flush, neighbour, notify, units],
  );

  const serverUndo = useServerUndo({ documentId, initial: options.initialUndo, apply: applyStructure, numberOf, notify });
  followUndo.current = serverUndo.follow;

  return { applyStructure, merge, split, move, undo: serverUndo.undo, undoLabel: serverUndo.label };
}
