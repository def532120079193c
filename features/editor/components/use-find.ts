"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { findRanges } from "@/lib/editor/find";
import type { EditorUnit } from "../types";
import { type FindQuery, type HitKey, hitKey } from "./find-marks";

const NOTHING = () => () => {};
const ZERO = () => 0;

export interface Hit {
  id: number;
  where: "hindi" | "english";
  /** The Hindi sentence's position (0 for the English). */
  position: number;
  start: number;
  end: number;
}

/**
 * The find bar's state: the query, the hits over the units the editor has loaded (in the list's order,
 * Hindi before English in each unit, as they read), and which hit is current. `text(id)` is the
 * English as the row shows it (a draft being typed included). While there is a query, the hits
 * follow the loaded units and drafts (`subscribe` and `version`: the unit store's, any change); with
 * none, nothing is listened to, so typing in a row re-renders nothing here.
 */
export function useFind(options: {
  ids: readonly number[];
  unit: (id: number) => EditorUnit | undefined;
  text: (id: number) => string;
  subscribe: (listener: () => void) => () => void;
  version: () => number;
  onGo: (hit: Hit) => void;
}) {
  const { ids, unit, text, onGo } = options;
  const [open, setOpen] = useState(false);
  const [replaceOpen, setReplaceOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [replacement, setReplacement] = useState("");
  const [scope, setScope] = useState<FindQuery["scope"]>("both");
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [current, setCurrent] = useState(-1);
  // Counts requests to (re)open the bar: each one puts the cursor back in the find field.
  const [focusRequest, setFocusRequest] = useState(0);
  const openBar = useCallback((withReplace = false) => {
    setOpen(true);
    if (withReplace) setReplaceOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);

  // Ctrl+F finds, Ctrl+H finds and replaces, wherever the focus is in the editor (the browser's own
  // find cannot see the rows the virtual list has not rendered). Not while a dialog is open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== "KeyF" && event.code !== "KeyH") return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      openBar(event.code === "KeyH");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [openBar]);

  // One object per query, so that rows re-render only when what is looked for changes.
  const find = useMemo<FindQuery | null>(
    () => (open && query !== "" ? { query, scope, matchCase, wholeWord } : null),
    [open, query, scope, matchCase, wholeWord],
  );
  const version = useSyncExternalStore(find ? options.subscribe : NOTHING, find ? options.version : ZERO, ZERO);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the loaded units and drafts, read through unit() and text()
  const hits = useMemo<Hit[]>(() => {
    if (!find) return [];
    const out: Hit[] = [];
    for (const id of ids) {
      const u = unit(id);
      if (!u) continue;
      if (find.scope !== "english") {
        for (const s of u.hindi) {
          for (const r of findRanges(s.text, find.query, find)) out.push({ id, where: "hindi", position: s.position, ...r });
        }
      }
      if (find.scope !== "hindi") {
        for (const r of findRanges(text(id), find.query, find)) out.push({ id, where: "english", position: 0, ...r });
      }
    }
    return out;
  }, [find, ids, unit, text, version]);

  // A new query starts again at the first hit; the same query keeps its place as units load.
  const lastFind = useRef(find);
  useEffect(() => {
    if (lastFind.current !== find) {
      lastFind.current = find;
      setCurrent(hits.length > 0 ? 0 : -1);
      // Incremental, as a browser's find: the first hit comes into view as the query is typed.
      if (hits.length > 0) onGo(hits[0]);
    } else if (current >= hits.length) {
      setCurrent(hits.length - 1);
    }
  }, [find, hits, current, onGo]);

  const step = useCallback(
    (offset: number) => {
      if (hits.length === 0) return;
      const next = current < 0 ? (offset > 0 ? 0 : hits.length - 1) : (current + offset + hits.length) % hits.length;
      setCurrent(next);
      onGo(hits[next]);
    },
    [current, hits, onGo],
  );

  const currentHit = current >= 0 ? hits[current] : undefined;
  const currentKey = (id: number): HitKey | null =>
    currentHit && currentHit.id === id ? hitKey(currentHit.where, currentHit.position, currentHit.start) : null;

  return {
    isOpen: open,
    openBar,
    focusRequest,
    setOpen,
    replaceOpen,
    setReplaceOpen,
    query,
    setQuery,
    replacement,
    setReplacement,
    scope,
    setScope,
    matchCase,
    setMatchCase,
    wholeWord,
    setWholeWord,
    find,
    hits,
    current,
    currentHit,
    currentKey,
    next: () => step(1),
    previous: () => step(-1),
  };
}

export type FindState = ReturnType<typeof useFind>;
