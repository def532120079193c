"use client";

import { type RefObject, useState } from "react";
import { changesToTake, isBusy } from "@/lib/editor/live-units";
import type { EditorUnit, PresenceEntry } from "../types";
import type { Draft } from "./unit-row";
import { useLiveChanges } from "./use-live-changes";

/**
 * Other people's changes (any instance: read from PostgreSQL) folded into the loaded units, never
 * over text the translator is typing (which ones: lib/editor/live-units); returns who is here.
 */
export function useLiveUnits(options: {
  documentId: string;
  cursor: string;
  units: RefObject<Map<number, EditorUnit>>;
  drafts: RefObject<Map<number, Draft>>;
  inFlight: RefObject<Map<number, unknown>>;
  structureVersion: RefObject<number>;
  reloadIndex: () => Promise<unknown>;
  render: () => void;
}) {
  const { units, drafts, inFlight, structureVersion, reloadIndex, render } = options;
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  useLiveChanges(options.documentId, options.cursor, async (changes) => {
    setPresence(changes.presence);
    // Never replace text the translator is typing: their save will meet a conflict instead.
    const taken = changesToTake(
      changes.units,
      (id) => units.current.get(id)?.version,
      (id) => isBusy(drafts.current.get(id)?.state, inFlight.current.has(id)),
    );
    for (const u of taken) {
      units.current.set(u.id, u);
      drafts.current.delete(u.id);
    }
    if (changes.structureVersion !== structureVersion.current) await reloadIndex();
    if (taken.length > 0) render();
  });
  return presence;
}
