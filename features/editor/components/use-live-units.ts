"use client";

import { type RefObject, useState } from "react";
import type { EditorUnit, PresenceEntry } from "../types";
import type { Draft } from "./unit-row";
import { useLiveChanges } from "./use-live-changes";

/**
 * Other people's changes (any instance: read from PostgreSQL) folded into the loaded units, never
 * over text the translator is typing; returns who is here.
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
    let changed = false;
    for (const u of changes.units) {
      const cached = units.current.get(u.id);
      if (cached && cached.version >= u.version) continue;
      const draft = drafts.current.get(u.id);
      const busy =
        draft && (draft.state === "dirty" || draft.state === "saving" || draft.state === "conflict" || inFlight.current.has(u.id));
      // Never replace text the translator is typing: their save will meet a conflict instead.
      if (busy) continue;
      units.current.set(u.id, u);
      drafts.current.delete(u.id);
      changed = true;
    }
    if (changes.structureVersion !== structureVersion.current) await reloadIndex();
    if (changed) render();
  });
  return presence;
}
