"use client";

import { type RefObject, useRef, useState } from "react";
import { changesToTake, isBusy } from "@/lib/editor/live-units";
import type { EditorUnit, PresenceEntry } from "../types";
import type { Draft } from "./unit-row";
import { useLiveChanges } from "./use-live-changes";

function samePresence(a: PresenceEntry[], b: PresenceEntry[]) {
  return a.length === b.length && a.every((p, i) => p.userId === b[i].userId && p.name === b[i].name && p.unitId === b[i].unitId);
}

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
}) {
  const { units, drafts, inFlight, structureVersion, reloadIndex } = options;
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const shown = useRef(presence);
  useLiveChanges(options.documentId, options.cursor, async (changes) => {
    // The same people on the same units keep the same array: a poll that changes nothing renders nothing.
    if (!samePresence(shown.current, changes.presence)) {
      shown.current = changes.presence;
      setPresence(changes.presence);
    }
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
  });
  return presence;
}
