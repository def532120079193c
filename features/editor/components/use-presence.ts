"use client";

import { type RefObject, useEffect, useMemo } from "react";
import type { PresenceEntry } from "../types";
import { api } from "./api";
import type { Draft } from "./unit-row";

const HEARTBEAT_MS = 5_000;

/**
 * Who else is here: a heartbeat naming the active unit, leaving on pagehide, a warning before
 * unloading with unsaved text; returns, per unit, the names of the people editing it.
 */
export function usePresence(documentId: string, activeId: number | null, presence: PresenceEntry[], drafts: RefObject<Map<number, Draft>>) {
  useEffect(() => {
    void api.presence(documentId, activeId);
    const timer = setInterval(() => void api.presence(documentId, activeId), HEARTBEAT_MS);
    return () => clearInterval(timer);
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
