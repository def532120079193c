import type { StructureResult } from "@/features/editor/types";
import type { UndoTop } from "@/features/undo/types";

/** What a pre-translation did (POST /api/documents/:id/pretranslate). */
export interface PretranslateResult {
  /** Units filled from 100 % / 101 % matches, now translated. */
  translated: number;
  /** Units filled from fuzzy matches, now drafts. */
  drafts: number;
  /** Units that had a match but changed between the read and the write: left as they were. */
  stale: number;
  /** The undo entry of this pre-translation (null when it changed nothing). */
  undoId: number | null;
}

/** What a propagation did (POST /api/units/:id/propagate): the units it filled, as the editor shows them. */
export type PropagateResult = StructureResult & { undo: UndoTop | null; filled: number };
