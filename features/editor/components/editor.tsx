"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { RepetitionOffer } from "@/features/pretranslate/components/repetition-offer";
import { useRepetitions } from "@/features/pretranslate/components/use-repetitions";
import { Concordance } from "@/features/tm/components/concordance";
import { MemoryPanel } from "@/features/tm/components/memory-panel";
import { useMemoryMatches } from "@/features/tm/components/use-memory-matches";
import type { UndoTop } from "@/features/undo/types";
import { insertAt, sourceTokens } from "@/lib/editor/copy-source";
import { startsParagraph } from "@/lib/editor/paragraph-boundary";
import { canEditEnglish } from "@/lib/editor/policy";
import { LOW_CONFIDENCE, type Role } from "@/lib/editor/status";
import { numberedTerms } from "@/lib/editor/terms";
import type { EditorUnit, PresenceEntry, UnitIndex } from "../types";
import { AddTermDialog } from "./add-term-dialog";
import { type ApiError, api } from "./api";
import { CommentsDialog } from "./comments-dialog";
import { DensityToggle } from "./density-toggle";
import { type EditorFilter, FilterBar, filterQuery } from "./filter-bar";
import { FindBar } from "./find-bar";
import { HistoryDialog } from "./history-dialog";
import { KeyboardHelp } from "./keyboard-help";
import { ReasonDialog } from "./reason-dialog";
import { ReplaceDialog } from "./replace-dialog";
import { revealUnit } from "./reveal-unit";
import { SplitDialog } from "./split-dialog";
import { type Draft, ErrorLine, UnitRow } from "./unit-row";
import { useAutosave } from "./use-autosave";
import { useEditorKeys } from "./use-editor-keys";
import { useFind } from "./use-find";
import { useFitToWindow } from "./use-fit-to-window";
import { useLiveChanges } from "./use-live-changes";
import { useStructure } from "./use-structure";

const HEARTBEAT_MS = 5_000;
const FETCH_CHUNK = 100;
/** The same empty list for every row nobody else is editing (a new [] would re-render the row). */
const NOBODY: string[] = [];
/** Up to this many units, opening the find bar loads them all, so that it finds in the whole document. */
const FIND_LOADS_ALL = 3_000;

export interface EditorProps {
  documentId: string;
  role: Role;
  /** Every unit in document order: numbers units, whatever the filter. */
  initialOrder: UnitIndex;
  initialIndex: UnitIndex;
  initialUnits: EditorUnit[];
  initialFilter: EditorFilter;
  cursor: string;
  /** A unit number to open at (links from the QA report). */
  initialUnit?: number;
  /** The unit focused when the editor opens: the first untranslated one the filter shows. */
  initialFocusId?: number | null;
  /** The person's newest undoable operation in this document (kept server-side, so it survives a reload). */
  initialUndo?: UndoTop | null;
}

export function Editor(props: EditorProps) {
  const t = useTranslations("editor");
  const tQa = useTranslations("qa");
  const locale = useLocale();
  const { documentId, role } = props;

  // Mutable stores read by async callbacks; `render` re-renders after changes.
  const units = useRef(new Map(props.initialUnits.map((u) => [u.id, u])));
  const drafts = useRef(new Map<number, Draft>());
  const requested = useRef(new Set<number>());
  const structureVersion = useRef(props.initialIndex.structureVersion);
  const [tick, setTick] = useState(0);
  const render = useCallback(() => setTick((n) => n + 1), []);

  const [index, setIndex] = useState<UnitIndex>(props.initialIndex);
  const [order, setOrder] = useState<UnitIndex>(props.initialOrder);
  const orderRef = useRef(order);
  orderRef.current = order;
  const [filter, setFilter] = useState<EditorFilter>(props.initialFilter);
  const [activeId, setActiveId] = useState<number | null>(null);
  const activeRef = useRef(activeId);
  activeRef.current = activeId;
  const [presence, setPresence] = useState<PresenceEntry[]>([]);
  const [dialog, setDialog] = useState<
    | { kind: "split" | "history" | "comments"; id: number }
    | { kind: "reason"; id: number; action: "reject" | "reopen" }
    | { kind: "term"; id: number; hindi: string; english: string }
    | { kind: "ignore"; id: number; key: string }
    | null
  >(null);
  const [reviewMode, setReviewMode] = useState(false);
  const [selection, setSelection] = useState<{ id: number; hindi: string; english: string } | null>(null);
  const isReviewer = role === "reviewer" || role === "admin";
  const [notice, setNotice] = useState<{ text?: string; error?: ApiError } | null>(null);
  const indexRef = useRef(index);
  indexRef.current = index;

  const position = useMemo(() => new Map(index.ids.map((id, i) => [id, i])), [index]);
  const numberById = useMemo(() => new Map(order.ids.map((id, i) => [id, i + 1])), [order]);
  const numberOf = useCallback((id: number) => numberById.get(id) ?? 0, [numberById]);

  // ---- loading ----
  const reloadIndex = useCallback(
    async (nextFilter: EditorFilter = filter) => {
      const query = filterQuery(nextFilter);
      const result = await api.index(documentId, query);
      if (!result.ok) return setNotice({ error: result.error });
      if (query === "") {
        setOrder(result.data);
      } else if (result.data.structureVersion !== orderRef.current.structureVersion) {
        const full = await api.index(documentId, "");
        if (full.ok) setOrder(full.data);
      }
      structureVersion.current = result.data.structureVersion;
      setIndex(result.data);
    },
    [documentId, filter],
  );

  const fetchUnits = useCallback(
    async (ids: number[]) => {
      const wanted = ids.filter((id) => !units.current.has(id) && !requested.current.has(id));
      for (let i = 0; i < wanted.length; i += FETCH_CHUNK) {
        const chunk = wanted.slice(i, i + FETCH_CHUNK);
        for (const id of chunk) requested.current.add(id);
        const result = await api.units(documentId, chunk);
        for (const id of chunk) requested.current.delete(id);
        if (result.ok) {
          for (const u of result.data) units.current.set(u.id, u);
          render();
        }
      }
    },
    [documentId, render],
  );

  // ---- virtual list ----
  const scroller = useRef<HTMLDivElement>(null);
  useFitToWindow(scroller);
  const virtualizer = useVirtualizer({
    count: index.ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 110,
    overscan: 6,
    getItemKey: (i) => index.ids[i],
    initialRect: { width: 1200, height: 900 },
  });
  const items = virtualizer.getVirtualItems();
  const rangeStart = items[0]?.index ?? 0;
  const rangeEnd = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    const from = Math.max(0, rangeStart - 20);
    void fetchUnits(index.ids.slice(from, rangeEnd + 40));
  }, [rangeStart, rangeEnd, index, fetchUnits]);

  // Every navigation ends here: the unit becomes active, is rendered, focused and kept fully in view.
  const focusUnit = useCallback(
    (id: number, edit = true, focus = true) => {
      const i = indexRef.current.ids.indexOf(id);
      if (i < 0) return;
      setActiveId(id);
      virtualizer.scrollToIndex(i, { align: "auto" });
      revealUnit(() => scroller.current, id, { edit, focus });
    },
    [virtualizer],
  );

  // Opening the editor puts the cursor where the work is, not 15 Tabs away.
  const initialFocus = useRef(props.initialFocusId ?? null);
  useEffect(() => {
    const id = initialFocus.current;
    initialFocus.current = null;
    if (id !== null) focusUnit(id, true);
  }, [focusUnit]);

  // ---- saving (use-autosave) ----
  const { setDraft, flush, onChange, onBlur, resolveConflict, timers, inFlight } = useAutosave(units, drafts, render);
  const onFocus = useCallback((id: number) => setActiveId(id), []);

  // ---- structural operations and their undo (use-structure, lib/editor/structure) ----
  const { applyStructure, merge, split, move, undo, undoLabel } = useStructure({
    documentId,
    units,
    drafts,
    timers,
    flush,
    reloadIndex,
    focusUnit,
    numberOf,
    notify: setNotice,
    initialUndo: props.initialUndo ?? null,
  });
  // Confirming a unit offers its English to its untranslated repetitions (features/pretranslate).
  const repetitions = useRepetitions({ unitOf: (id) => units.current.get(id), apply: applyStructure });
  const checkRepetitions = repetitions.check;

  // ---- find, and replace in the English ----
  const unitOf = useCallback((id: number) => units.current.get(id), []);
  const shownText = useCallback((id: number) => drafts.current.get(id)?.text ?? units.current.get(id)?.english ?? "", []);
  const find = useFind({
    ids: index.ids,
    unit: unitOf,
    text: shownText,
    version: tick,
    onGo: useCallback(
      (hit: { id: number }) => {
        const i = indexRef.current.ids.indexOf(hit.id);
        if (i < 0) return;
        virtualizer.scrollToIndex(i, { align: "auto" });
        revealUnit(() => scroller.current, hit.id, { edit: false, focus: false });
      },
      [virtualizer],
    ),
  });
  const [replacing, setReplacing] = useState(false);
  useEffect(() => {
    if (find.find && index.ids.length <= FIND_LOADS_ALL) void fetchUnits(index.ids);
  }, [find.find, index, fetchUnits]);
  const closeFind = useCallback(() => {
    const hit = find.currentHit;
    find.setOpen(false);
    const id = hit?.id ?? activeRef.current;
    if (id === null || id === undefined) return;
    focusUnit(id, hit?.where === "english");
    // Back in the English box, the hit is selected: typing replaces it.
    if (hit?.where === "english") {
      requestAnimationFrame(() =>
        scroller.current?.querySelector<HTMLTextAreaElement>(`[data-unit-id="${id}"] textarea`)?.setSelectionRange(hit.start, hit.end),
      );
    }
  }, [find, focusUnit]);
  const previewReplace = useCallback(async () => {
    // Text still being typed is saved first: the preview must see the versions it will change.
    await Promise.all([...drafts.current.entries()].filter(([, d]) => d.state === "dirty").map(([id]) => flush(id)));
    setReplacing(true);
  }, [flush]);

  // ---- review ----
  const review = useCallback(
    async (id: number, action: "approve" | "reject" | "reopen", comment = "") => {
      await flush(id);
      const unit = units.current.get(id);
      if (!unit) return;
      const result = await api.review(id, action, unit.version, comment);
      if (!result.ok) {
        if (result.error.code === "CONFLICT" && result.error.details?.current) {
          setDraft(id, { state: "conflict", conflict: result.error.details.current as Draft["conflict"] });
        }
        return setNotice({ error: result.error });
      }
      units.current.set(id, result.data);
      drafts.current.delete(id);
      render();
      if (action === "reopen" && result.data.status === "approved") setNotice({ text: t("reopenRequested") });
      if (action === "approve" && reviewMode) {
        const i = (indexRef.current.ids.indexOf(id) ?? 0) + 1;
        const next = indexRef.current.ids[i];
        if (next !== undefined) focusUnit(next, false);
      }
    },
    [flush, focusUnit, render, reviewMode, setDraft, t],
  );

  const onReview = useCallback(
    (id: number, action: "approve" | "reject" | "reopen") => {
      if (action === "approve") void review(id, "approve");
      else setDialog({ kind: "reason", id, action });
    },
    [review],
  );

  // ---- QA ----
  const qaAction = useCallback(
    async (id: number, action: "ignore" | "unignore", key: string, reason = "") => {
      await flush(id);
      const unit = units.current.get(id);
      if (!unit) return;
      const result = await api.qa(id, { action, key, version: unit.version, reason });
      if (!result.ok) return setNotice({ error: result.error });
      units.current.set(id, result.data);
      render();
    },
    [flush, render],
  );
  const qaHandlers = useMemo(
    () => ({
      onQaFix: (id: number, english: string) => {
        onChange(id, english);
        void flush(id);
      },
      onQaIgnore: (id: number, key: string) => setDialog({ kind: "ignore", id, key }),
      onQaUnignore: (id: number, key: string) => void qaAction(id, "unignore", key),
    }),
    [flush, onChange, qaAction],
  );

  const refreshLoaded = useCallback(async () => {
    const ids = [...units.current.keys()];
    units.current.clear();
    await fetchUnits(ids);
  }, [fetchUnits]);

  const bulkApprove = useCallback(async () => {
    if (!window.confirm(t("bulkApproveConfirm"))) return;
    const result = await api.bulkApprove(documentId, true, true);
    if (!result.ok) return setNotice({ error: result.error });
    setNotice({ text: t("bulkApproved", { count: result.data.approved }) });
    await refreshLoaded();
    await reloadIndex();
  }, [documentId, refreshLoaded, reloadIndex, t]);

  /** Inserts text at the caret of a unit's English box (replacing a selection), as if typed. */
  const insertIntoEnglish = useCallback(
    (id: number, insert: string) => {
      const unit = units.current.get(id);
      if (!unit || !insert || !canEditEnglish(role, unit.status)) return;
      const box = scroller.current?.querySelector<HTMLTextAreaElement>(`[data-unit-id="${id}"] textarea`);
      const text = drafts.current.get(id)?.text ?? unit.english;
      const inserted = insertAt(text, box?.selectionStart ?? text.length, box?.selectionEnd ?? text.length, insert);
      onChange(id, inserted.text);
      requestAnimationFrame(() => box?.setSelectionRange(inserted.caret, inserted.caret));
    },
    [onChange, role],
  );
  // Alt+Shift+1…9: the term with that number in the active row's list (numberedTerms numbers both).
  const insertTerm = useCallback(
    (id: number, n: number) => {
      const term = numberedTerms(units.current.get(id)?.terms ?? [])[n];
      if (term?.insert) insertIntoEnglish(id, term.insert);
    },
    [insertIntoEnglish],
  );
  // Alt+Shift+C: the Hindi's numbers and Latin tokens; Alt+Shift+X: the whole Hindi.
  const copySource = useCallback(
    (id: number, what: "tokens" | "whole") => {
      const hindi = (units.current.get(id)?.hindi ?? []).map((s) => s.text).join(" ");
      insertIntoEnglish(id, what === "whole" ? hindi : sourceTokens(hindi).join(" "));
    },
    [insertIntoEnglish],
  );

  // The translation memory's matches for the active unit (features/tm); Ctrl+1…3 inserts one.
  const memory = useMemoryMatches(activeId);
  const memoryRef = useRef(memory);
  memoryRef.current = memory;
  const insertMemory = useCallback(
    (id: number, n: number) => {
      const unit = units.current.get(id);
      const match = memoryRef.current.unitId === id ? memoryRef.current.matches[n] : undefined;
      if (!unit || !match || !canEditEnglish(role, unit.status)) return;
      onChange(id, match.english);
    },
    [onChange, role],
  );

  // ---- keyboard ----
  const go = useCallback(
    (id: number, offset: number, edit = true) => {
      const i = (position.get(id) ?? 0) + offset;
      const target = indexRef.current.ids[i];
      if (target !== undefined) focusUnit(target, edit);
    },
    [focusUnit, position],
  );

  const onKeyDown = useEditorKeys(
    {
      translateNext: (id) => {
        void flush(id, true).then(() => checkRepetitions(id));
        go(id, 1);
      },
      navigate: (id, offset, edit) => {
        void flush(id);
        go(id, offset, edit);
      },
      moveSentence: (id, direction) => void move(id, direction),
      merge: (id) => void merge(id),
      split: (id) => {
        const unit = units.current.get(id);
        if (unit && unit.first !== unit.last) setDialog({ kind: "split", id });
      },
      approve: (id) => void review(id, "approve").then(() => go(id, 1, false)),
      reject: (id) => setDialog({ kind: "reason", id, action: "reject" }),
      copySource,
      readText: () => window.open(`/${locale}/documents/${documentId}/read`, "_blank", "noopener"),
      insertTerm,
      insertMemory,
      undo: () => void undo(),
      cancel: (id) => {
        clearTimeout(timers.current.get(id));
        const unit = units.current.get(id);
        if (unit && drafts.current.get(id)?.state !== "conflict") {
          // Back to the last deliberate save (Ctrl+Enter, leaving the unit), even while it is still on
          // its way. An autosave in flight is part of what is being cancelled: when it returns, the
          // differing text is saved back (see flush).
          const saving = inFlight.current.get(id);
          const text = saving && !saving.auto ? saving.text : unit.english;
          drafts.current.set(id, { text, state: saving ? "saving" : "idle" });
          render();
        }
        focusUnit(id, false);
      },
      edit: (id) => focusUnit(id, true),
      save: (id) => void flush(id),
    },
    isReviewer,
  );

  // ---- live updates from other people (any instance: read from PostgreSQL) ----
  useLiveChanges(documentId, props.cursor, async (changes) => {
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
  }, [documentId]);

  // ---- filters and navigation ----
  const applyFilter = useCallback(
    async (next: EditorFilter) => {
      setFilter(next);
      await reloadIndex(next);
      // The unit being worked on stays in view when the filter still shows it (the focus stays in the filter bar).
      requestAnimationFrame(() => {
        const active = activeRef.current;
        if (active !== null && indexRef.current.ids.includes(active)) focusUnit(active, false, false);
        else virtualizer.scrollToIndex(0);
      });
    },
    [focusUnit, reloadIndex, virtualizer],
  );

  const jumpTo = useCallback(
    async (number: number) => {
      const id = orderRef.current.ids[number - 1];
      if (id === undefined) return;
      if (!indexRef.current.ids.includes(id)) {
        // The unit is hidden by the filter: show everything.
        setFilter({});
        setIndex(orderRef.current);
        indexRef.current = orderRef.current;
      }
      focusUnit(id, true);
    },
    [focusUnit],
  );

  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !props.initialUnit) return;
    opened.current = true;
    void jumpTo(props.initialUnit);
  }, [jumpTo, props.initialUnit]);

  const nextLowConfidence = useCallback(async () => {
    const low = await api.index(documentId, "lowConfidence=1");
    if (!low.ok) return;
    const currentNumber = activeId ? numberOf(activeId) : 0;
    const numbers = low.data.ids.map((id) => numberOf(id)).filter((n) => n > 0);
    const target = numbers.find((n) => n > currentNumber) ?? numbers[0];
    if (target === undefined) return setNotice({ text: t("noMoreLowConfidence") });
    await jumpTo(target);
  }, [activeId, documentId, jumpTo, numberOf, t]);

  // One object for the life of the list's callbacks: rows are memo()ed, and a new function per
  // render would re-render every row on every keystroke (counted by e2e/15-editor-renders).
  const rowActions = useMemo(
    () => ({
      merge: (uid: number) => void merge(uid),
      split: (uid: number) => setDialog({ kind: "split", id: uid }),
      move: (uid: number, direction: "first-to-previous" | "last-to-next") => void move(uid, direction),
      history: (uid: number) => setDialog({ kind: "history", id: uid }),
      reload: () => void reloadIndex(),
      retry: (uid: number) => {
        setDraft(uid, { state: "dirty" });
        void flush(uid);
      },
      comments: (uid: number) => setDialog({ kind: "comments", id: uid }),
      selectHindi: (uid: number, hindi: string, english: string) => setSelection({ id: uid, hindi, english }),
    }),
    [flush, merge, move, reloadIndex, setDraft],
  );

  const editingBy = useMemo(() => {
    const map = new Map<number, string[]>();
    for (const p of presence) if (p.unitId !== null) map.set(p.unitId, [...(map.get(p.unitId) ?? []), p.name]);
    return map;
  }, [presence]);

  const dialogUnit = dialog ? units.current.get(dialog.id) : undefined;
  // Whatever closed it, focus goes back to the unit the dialog was about, so the shortcuts keep working.
  const closeDialog = (id: number) => {
    setDialog(null);
    focusUnit(id, false);
  };

  return (
    <div className="editor">
      <FilterBar
        filter={filter}
        onChange={applyFilter}
        onJump={jumpTo}
        onNextLowConfidence={nextLowConfidence}
        shown={index.ids.length}
        total={order.ids.length}
        truncated={index.truncated}
      />
      <div className="editor-status-line">
        {presence.length > 0 && (
          <span data-testid="presence">
            {t("alsoHere")}{" "}
            {presence
              .map((p) => (p.unitId && position.has(p.unitId) ? `${p.name} (${t("editingUnit", { n: numberOf(p.unitId) })})` : p.name))
              .join(", ")}
          </span>
        )}
        {isReviewer && (
          <label className="check">
            <input
              type="checkbox"
              checked={reviewMode}
              onChange={(e) => {
                setReviewMode(e.target.checked);
                void applyFilter({ ...filter, status: e.target.checked ? "translated" : undefined });
              }}
            />
            {t("reviewMode")}
          </label>
        )}
        {isReviewer && (
          <button type="button" onClick={() => void bulkApprove()}>
            {t("bulkApprove")}
          </button>
        )}
        {selection && (
          <button type="button" className="primary" onClick={() => setDialog({ kind: "term", ...selection })}>
            {t("addTermFromSelection", { hindi: selection.hindi })}
          </button>
        )}
        <button type="button" onClick={() => find.openBar()} aria-keyshortcuts="Control+F">
          {t("find.open")}
        </button>
        <a href={`/${locale}/documents/${documentId}/read`} target="_blank" rel="noopener" aria-keyshortcuts="Alt+Shift+T">
          {t("readAsText")}
        </a>
        <button type="button" data-testid="undo" onClick={() => void undo()}>
          {undoLabel}
        </button>
        <DensityToggle />
        <KeyboardHelp isReviewer={isReviewer} />
      </div>
      <FindBar
        state={find}
        allLoaded={index.ids.length <= FIND_LOADS_ALL}
        onClose={closeFind}
        onPreviewReplace={() => void previewReplace()}
      />
      {notice && (
        <div className="notice" role="status">
          {notice.error ? <ErrorLine error={notice.error} /> : notice.text}{" "}
          <button type="button" className="link-button" onClick={() => setNotice(null)}>
            {t("close")}
          </button>
        </div>
      )}
      <Concordance documentId={documentId} />
      <RepetitionOffer offer={repetitions.offer} onAccept={() => void repetitions.accept()} onDismiss={repetitions.dismiss} />
      <div className="editor-body">
        <div ref={scroller} className="editor-scroller" data-testid="editor-scroller">
          {index.ids.length === 0 ? (
            <p className="muted">{t("empty")}</p>
          ) : (
            <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
              {items.map((item) => {
                const id = index.ids[item.index];
                const unit = units.current.get(id);
                const newParagraph = startsParagraph(unit, units.current.get(index.ids[item.index - 1]));
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    className={newParagraph ? "unit-slot new-paragraph" : "unit-slot"}
                    data-paragraph={unit?.hindi[0]?.paragraph}
                    ref={virtualizer.measureElement}
                    style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
                  >
                    <UnitRow
                      unit={unit}
                      id={id}
                      number={numberOf(id)}
                      draft={drafts.current.get(id)}
                      active={activeId === id}
                      canEdit={unit ? canEditEnglish(role, unit.status) : false}
                      lowConfidence={unit?.confidence != null && unit.confidence < LOW_CONFIDENCE}
                      editingBy={editingBy.get(id) ?? NOBODY}
                      isFirst={unit?.first === 0}
                      isLast={numberOf(id) === order.ids.length}
                      onFocus={onFocus}
                      onChange={onChange}
                      onBlur={onBlur}
                      onKeyDown={onKeyDown}
                      onMerge={rowActions.merge}
                      onSplit={rowActions.split}
                      onMove={rowActions.move}
                      onHistory={rowActions.history}
                      onResolveConflict={resolveConflict}
                      onReload={rowActions.reload}
                      onRetry={rowActions.retry}
                      reviewMode={reviewMode}
                      isReviewer={isReviewer}
                      onReview={onReview}
                      onComments={rowActions.comments}
                      onSelectHindi={rowActions.selectHindi}
                      numberOf={numberOf}
                      qaHandlers={qaHandlers}
                      find={find.find}
                      currentHit={find.currentKey(id)}
                    />
                  </div>
                );
              })}
            </div>
          )}
        </div>
        <MemoryPanel
          state={memory}
          canInsert={(() => {
            const unit = activeId === null ? undefined : units.current.get(activeId);
            return unit ? canEditEnglish(role, unit.status) : false;
          })()}
          onInsert={(n) => {
            if (activeId !== null) insertMemory(activeId, n);
          }}
        />
      </div>
      {replacing && find.find && (
        <ReplaceDialog
          documentId={documentId}
          query={find.find}
          replacement={find.replacement}
          isReviewer={isReviewer}
          numberOf={numberOf}
          onCancel={() => setReplacing(false)}
          onDone={(result) => {
            setReplacing(false);
            void applyStructure({ ok: true, data: result }, null).then(() => {
              const conflicts = result.conflicts.length + result.gone.length;
              const units = [...result.conflicts.map((c) => c.id), ...result.gone].map(numberOf).filter((n) => n > 0);
              setNotice({
                text: [
                  t("find.done", { count: result.replaced }),
                  conflicts > 0 ? t("find.conflicts", { count: conflicts, units: units.join(", ") }) : "",
                ]
                  .filter(Boolean)
                  .join(" "),
              });
            });
          }}
        />
      )}
      {dialog?.kind === "split" && dialogUnit && (
        <SplitDialog
          unit={dialogUnit}
          number={numberOf(dialog.id)}
          english={drafts.current.get(dialog.id)?.text ?? dialogUnit.english}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={(at, first, second) => {
            setDialog(null);
            void split(dialog.id, at, first, second);
          }}
        />
      )}
      {dialog?.kind === "reason" && (
        <ReasonDialog
          title={dialog.action === "reject" ? t("rejectTitle", { n: numberOf(dialog.id) }) : t("reopenTitle", { n: numberOf(dialog.id) })}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={(reason) => {
            closeDialog(dialog.id);
            // The row's buttons change with the new status: the unit itself takes the focus back.
            void review(dialog.id, dialog.action, reason).then(() => focusUnit(dialog.id, false));
          }}
        />
      )}
      {dialog?.kind === "ignore" && (
        <ReasonDialog
          title={tQa("ignoreTitle", { n: numberOf(dialog.id) })}
          label={tQa("ignoreReason")}
          onCancel={() => closeDialog(dialog.id)}
          onConfirm={(reason) => {
            closeDialog(dialog.id);
            void qaAction(dialog.id, "ignore", dialog.key, reason).then(() => focusUnit(dialog.id, false));
          }}
        />
      )}
      {dialog?.kind === "comments" && (
        <CommentsDialog
          unitId={dialog.id}
          number={numberOf(dialog.id)}
          onClose={(changed) => {
            closeDialog(dialog.id);
            if (changed) {
              units.current.delete(dialog.id);
              void fetchUnits([dialog.id]);
            }
          }}
        />
      )}
      {dialog?.kind === "term" && (
        <AddTermDialog
          hindi={dialog.hindi}
          english={dialog.english}
          canAdd={isReviewer}
          onCancel={() => closeDialog(dialog.id)}
          onDone={() => {
            closeDialog(dialog.id);
            setSelection(null);
            setNotice({ text: isReviewer ? t("termAdded") : t("termProposed") });
            void refreshLoaded();
          }}
        />
      )}
      {dialog?.kind === "history" && (
        <HistoryDialog
          unitId={dialog.id}
          number={numberOf(dialog.id)}
          onClose={() => closeDialog(dialog.id)}
          onRestore={(english) => {
            closeDialog(dialog.id);
            onChange(dialog.id, english);
            void flush(dialog.id);
          }}
        />
      )}
    </div>
  );
}
