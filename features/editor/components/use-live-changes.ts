"use client";

import { useEffect, useRef } from "react";
import { type Doorbell, startLiveChanges, type Visibility } from "@/lib/editor/live-changes";
import { CLIENT_PARAM } from "@/lib/live/client-id";
import type { ChangesResponse } from "../types";
import { api } from "./api";
import { tabClient } from "./tab-client";

const POLL_MS = 2_500;
const MAX_POLL_MS = 30_000;
// While the stream is up a ring can still be lost (an instance restarting): asked anyway this often.
const SAFETY_MS = 60_000;

const documentVisibility: Visibility = {
  hidden: () => document.hidden,
  onChange: (listener) => {
    document.addEventListener("visibilitychange", listener);
    return () => document.removeEventListener("visibilitychange", listener);
  },
};

/**
 * The document's Server-Sent Events stream (GET /api/documents/:id/live) as a doorbell. The browser's
 * own reconnection is not used: any error closes the stream and lib/editor/live-changes decides when
 * to try again, polling meanwhile. It asks the server to bring the changes themselves (`push=1`, read once
 * per ring for every editor of the document on that instance), so a ring costs this tab no request.
 */
function liveStream(documentId: string): Doorbell<ChangesResponse> {
  return {
    open: ({ ring, changes, up, down }) => {
      if (typeof EventSource === "undefined") {
        down();
        return () => {};
      }
      const source = new EventSource(`/api/documents/${encodeURIComponent(documentId)}/live?${CLIENT_PARAM}=${tabClient()}&push=1`);
      source.addEventListener("ready", up);
      source.addEventListener("resync", ring);
      source.addEventListener("change", ring);
      source.addEventListener("changes", (event) => {
        let answer: ChangesResponse;
        try {
          answer = JSON.parse((event as MessageEvent<string>).data) as ChangesResponse;
        } catch {
          // Not what the server sends: ask for the changes instead.
          ring();
          return;
        }
        changes({ cursor: answer.cursor, changes: answer });
      });
      source.onerror = () => {
        source.close();
        down();
      };
      return () => source.close();
    },
  };
}

/**
 * Other people's changes to this document, from PostgreSQL (so from any instance), handed to
 * `apply` in order: one subscription per open editor (lib/editor/live-changes: pushed by the live
 * stream, never overlapping, paused in a hidden tab, polling with backoff while the stream is down).
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
        maxIntervalMs: MAX_POLL_MS,
        safetyMs: SAFETY_MS,
        visibility: documentVisibility,
        doorbell: liveStream(documentId),
        fetch: async (from) => {
          const result = await api.changes(documentId, from);
          if (!result.ok) return null;
          cursor.current = result.data.cursor;
          return { cursor: result.data.cursor, changes: result.data };
        },
        apply: (changes) => {
          // Pushed answers move the cursor too (ISO instants compare as strings), for a restart of this effect.
          if (changes.cursor > cursor.current) cursor.current = changes.cursor;
          return latest.current(changes);
        },
      }),
    [documentId],
  );
}
