/** The operations a person can undo, newest first, per document (the undo_entry table). */
export const undoKinds = ["merge", "split", "move", "replace", "pretranslate", "propagate"] as const;
export type UndoKind = (typeof undoKinds)[number];

/** What the editor's undo button offers: the newest entry, named by its kind and the unit it was on. */
export interface UndoTop {
  id: number;
  kind: UndoKind;
  /** The unit the operation was started on (the editor shows its number). */
  unitId: number;
  /** How many units a replace-all, a pre-translation or a propagation changed. */
  units: number;
}
