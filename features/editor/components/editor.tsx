"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo, useState } from "react";
import { RepetitionOffer } from "@/features/pretranslate/components/repetition-offer";
import { useRepetitions } from "@/features/pretranslate/components/use-repetitions";
import { Concordance } from "@/features/tm/components/concordance";
import type { UndoTop } from "@/features/undo/types";
import type { Role } from "@/lib/editor/status";
import type { EditorUnit, UnitIndex } from "../types";
import { ActiveMemoryPanel } from "./active-memory-panel";
import { type EditorDialog, EditorDialogs } from "./editor-dialogs";
import { EditorNotice, type Notice } from "./editor-notice";
import { EditorToolbar } from "./editor-toolbar";
import { type EditorFilter, FilterBar } from "./filter-bar";
import { FindBar } from "./find-bar";
import { countRender } from "./render-count";
import { type SharedRowProps, UnitList } from "./unit-list";
import { useAutosave } from "./use-autosave";
import { useEditorFind } from "./use-editor-find";
import { useInsert } from "./use-insert";
import { useLiveUnits } from "./use-live-units";
import { useNavigation } from "./use-navigation";
import { usePresence } from "./use-presence";
import { useReview } from "./use-review";
import { useStructure } from "./use-structure";
import { useUnitKeys } from "./use-unit-keys";
import { useUnitList } from "./use-unit-list";
import { useUnitStore } from "./use-unit-store";

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

/** The editor, composed: each hook and component beside it does one job. */
export function Editor(props: EditorProps) {
  const t = useTranslations("editor");
  countRender("editor");
  const { documentId, role } = props;
  const isReviewer = role === "reviewer" || role === "admin";
  const [notice, setNotice] = useState<Notice>(null);
  const [dialog, setDialog] = useState<EditorDialog>(null);
  const [reviewMode, setReviewMode] = useState(false);
  const [selection, setSelection] = useState<{ id: number; hindi: string; english: string } | null>(null);

  const store = useUnitStore({ ...props, notify: setNotice });
  const { store: unitStore, units, drafts, index, order, filter, reloadIndex, fetchUnits, refreshLoaded } = store;
  const numberById = useMemo(() => new Map(order.ids.map((id, i) => [id, i + 1])), [order]);
  const numberOf = useCallback((id: number) => numberById.get(id) ?? 0, [numberById]);

  const list = useUnitList();
  const nav = useNavigation({
    ...store,
    documentId,
    list,
    numberOf,
    notify: setNotice,
    initialFocusId: props.initialFocusId ?? null,
    initialUnit: props.initialUnit,
  });
  const { activeId, focusUnit, go } = nav;

  const { setDraft, flush, flushAll, onChange, onBlur, resolveConflict, timers, inFlight } = useAutosave(units, drafts);
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
  const finding = useEditorFind({ ...store, list, activeRef: nav.activeRef, flush, focusUnit });
  const { find } = finding;
  const reviewing = useReview({
    ...store,
    documentId,
    flush,
    setDraft,
    onChange,
    focusUnit,
    activeRef: nav.activeRef,
    reviewMode,
    openDialog: setDialog,
    notify: setNotice,
  });
  const { review, onReview } = reviewing;
  const { insertTerm, copySource, memory, insertMemory } = useInsert({ role, activeId, units, drafts, scroller: list.scroller, onChange });

  const onKeyDown = useUnitKeys({
    ...store,
    documentId,
    isReviewer,
    timers,
    inFlight,
    flush,
    flushAll,
    go,
    focusUnit,
    merge,
    move,
    review,
    openDialog: setDialog,
    checkRepetitions: repetitions.check,
    copySource,
    insertTerm,
    insertMemory,
    undo,
  });

  const presence = useLiveUnits({ ...store, documentId, cursor: props.cursor, inFlight });
  const editingBy = usePresence(documentId, activeId, presence, drafts);

  // One object for the life of the list's callbacks: rows are memo()ed, and a new function per
  // render would re-render every row on every keystroke (counted by e2e/15-editor-renders).
  const rowActions = useMemo(
    () => ({
      onMerge: (uid: number) => void merge(uid),
      onSplit: (uid: number) => setDialog({ kind: "split", id: uid }),
      onMove: (uid: number, direction: "first-to-previous" | "last-to-next") => void move(uid, direction),
      onHistory: (uid: number) => setDialog({ kind: "history", id: uid }),
      onReload: () => void reloadIndex(),
      onRetry: (uid: number) => {
        setDraft(uid, { state: "dirty" });
        void flush(uid);
      },
      onComments: (uid: number) => setDialog({ kind: "comments", id: uid }),
      onSelectHindi: (uid: number, hindi: string, english: string) => setSelection({ id: uid, hindi, english }),
    }),
    [flush, merge, move, reloadIndex, setDraft],
  );
  const shared: SharedRowProps = {
    ...rowActions,
    store: unitStore,
    role,
    onFocus: nav.onFocus,
    onChange,
    onBlur,
    onKeyDown,
    onResolveConflict: resolveConflict,
    reviewMode,
    isReviewer,
    onReview,
    numberOf,
    qaHandlers: reviewing.qaHandlers,
    find: find.find,
  };

  return (
    <div className="editor">
      <FilterBar
        filter={filter}
        onChange={nav.applyFilter}
        onJump={nav.jumpTo}
        onNextLowConfidence={nav.nextLowConfidence}
        shown={index.ids.length}
        total={order.ids.length}
        truncated={index.truncated}
      />
      <EditorToolbar
        documentId={documentId}
        presence={presence}
        shownNumber={(id) => (nav.position.has(id) ? numberOf(id) : null)}
        isReviewer={isReviewer}
        reviewMode={reviewMode}
        onReviewMode={(on) => {
          setReviewMode(on);
          void nav.applyFilter({ ...filter, status: on ? "translated" : undefined });
        }}
        onBulkApprove={reviewing.bulkApprove}
        selection={selection}
        onAddTerm={() => selection && setDialog({ kind: "term", ...selection })}
        onFind={() => find.openBar()}
        undoLabel={undoLabel}
        onUndo={() => void undo()}
      />
      <FindBar
        state={find}
        allLoaded={finding.allLoaded}
        onClose={finding.closeFind}
        onPreviewReplace={() => void finding.previewReplace()}
      />
      <EditorNotice notice={notice} onClose={() => setNotice(null)} />
      <Concordance documentId={documentId} />
      <RepetitionOffer offer={repetitions.offer} onAccept={() => void repetitions.accept()} onDismiss={repetitions.dismiss} />
      <div className="editor-body">
        <UnitList
          ids={index.ids}
          store={unitStore}
          list={list}
          fetchUnits={fetchUnits}
          activeId={activeId}
          editingBy={editingBy}
          total={order.ids.length}
          currentHit={find.currentKey}
          shared={shared}
        />
        <ActiveMemoryPanel store={unitStore} role={role} activeId={activeId} memory={memory} onInsert={insertMemory} />
      </div>
      <EditorDialogs
        documentId={documentId}
        dialog={dialog}
        setDialog={setDialog}
        store={unitStore}
        numberOf={numberOf}
        isReviewer={isReviewer}
        focusUnit={focusUnit}
        split={split}
        review={review}
        approveAll={reviewing.approveAll}
        qaAction={reviewing.qaAction}
        fetchUnits={fetchUnits}
        onChange={onChange}
        flush={flush}
        onTermDone={() => {
          setSelection(null);
          setNotice({ text: isReviewer ? t("termAdded") : t("termProposed") });
          void refreshLoaded();
        }}
        replace={{ open: finding.replacing, query: find.find, replacement: find.replacement, close: () => finding.setReplacing(false) }}
        applyStructure={applyStructure}
        notify={setNotice}
      />
    </div>
  );
}
