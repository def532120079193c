"use client";

import { useEffect, useRef } from "react";
import { startLiveChanges, type Visibility } from "@/lib/editor/live-changes";
import type { ChangesResponse } from "../types";
import { api } from "./api";

const POLL_MS = 2_500;

const documentVisibility: Visibility = {
  hidden: () => document.hidden,
  onChange: (listener) => {
    document.addEventListener("visibilitychange", listener);
    return () => document.removeEventListener("visibilitychange", listener);
  },
};

/**
 * Other people's changes to this document, from PostgreSQL (so from any instance), handed to
 * `apply` in order: one subscription per open editor (lib/editor/live-changes: never overlapping,
 * paused in a hidden tab). The source behind it is the only thing Server-Sent Events will replace.
 */
export function useLiveChanges(documentId: string, since: string, apply: (changes: ChangesResponse) => void | Promise<void>) {
  const latest = useRef(apply);
  latest.current = apply;
  const cursor = useRef(since);
  useEffect(
    () =>
      startLiveChanges<ChangesResponse>({
        since: cursor.current,
        intervalMs: POLL_MS,
        visibility: documentVisibility,
        fetch: async (from) => {
          const result = await api.changes(documentId, from);
          if (!result.ok) return null;
          cursor.current = result.data.cursor;
          return { cursor: result.data.cursor, changes: result.data };
        },
        apply: (changes) => latest.current(changes),
      }),
    [documentId],
  );
}
