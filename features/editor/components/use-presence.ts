"use client";

import { type RefObject, useEffect, useMemo } from "react";
import type { PresenceEntry } from "../types";
import { api } from "./api";
import type { Draft } from "./unit-row";

// An entry lives 45 s (presence_ttl(), migration 20261204140000_live_client): a keep-alive every 15 s
// leaves room for two late or lost ones. It only says "still here", which rings nobody.
const KEEPALIVE_MS = 15_000;
// Arrow keys through ten units send one presence, not ten (each move rings every other editor).
const SETTLE_MS = 250;

/**
 * Who else is here: presence sent when the active unit changes (once it settles) and as a slow
 * keep-alive, leaving on pagehide, a warning before unloading with unsaved text; returns, per unit,
 * the names of the people editing it.
 */
export function usePresence(documentId: string, activeId: number | null, presence: PresenceEntry[], drafts: RefObject<Map<number, Draft>>) {
  useEffect(() => {
    let keepalive: ReturnType<typeof setInterval> | null = null;
    const settled = setTimeout(() => {
      void api.presence(documentId, activeId);
      keepalive = setInterval(() => void api.presence(documentId, activeId), KEEPALIVE_MS);
    }, SETTLE_MS);
    return () => {
      clearTimeout(settled);
      if (keepalive) clearInterval(keepalive);
    };
  }, [documentId, activeId]);

  useEffect(() => {
    const leave = () => void api.leave(documentId);
    const warn = (event: BeforeUnloadEvent) => {
      const unsaved = [...drafts.current.values()].some((d) => d.state === "dirty" || d.state === "saving" || d.state === "failed");
      if (unsaved) event.preventDefault();
    };
    window.addEventListener("pagehide", leave);
    window.addEventListener("beforeunload", warn);
    return () => {
      window.removeEventListener("pagehide", leave);
      window.removeEventListener("beforeunload", warn);
    };
  }, [documentId, drafts]);

  return useMemo(() => {
    const map = new Map<number, string[]>();
    for (const p of presence) if (p.unitId !== null) map.set(p.unitId, [...(map.get(p.unitId) ?? []), p.name]);
    return map;
  }, [presence]);
}
