"use client";

import { useEffect, useState } from "react";
import type { UnitMemoryMatch } from "../types";

export type MemoryState = { unitId: number | null; matches: UnitMemoryMatch[]; loading: boolean; failed: boolean };

/** The memory matches of the active unit, fetched when it changes (the previous request's answer is dropped). */
export function useMemoryMatches(unitId: number | null): MemoryState {
  const [state, setState] = useState<MemoryState>({ unitId: null, matches: [], loading: false, failed: false });
  useEffect(() => {
    if (unitId === null) return;
    let live = true;
    setState({ unitId, matches: [], loading: true, failed: false });
    // A short pause: moving through units with the keyboard should not ask for every unit passed.
    const timer = setTimeout(() => {
      fetch(`/api/units/${unitId}/memory`, { cache: "no-store" })
        .then(async (r) => (r.ok ? ((await r.json()) as { matches: UnitMemoryMatch[] }) : Promise.reject(r.status)))
        .then((body) => live && setState({ unitId, matches: body.matches, loading: false, failed: false }))
        .catch(() => live && setState({ unitId, matches: [], loading: false, failed: true }));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [unitId]);
  return state;
}
