import type { StructureResult } from "@/features/editor/types";
import type { UndoTop } from "@/features/undo/types";

/**
 * The lowest fuzzy score pre-translation may fill as a draft (below it a match is more work to fix than to translate).
 * Here and not in schema.ts because the form needs it: a client module that imports a zod schema file defines the
 * schemas in the browser, and zod 4 probes `new Function("")` when it defines an object schema — a CSP
 * `script-src eval` violation on every document page (e2e/09-security caught it).
 */
export const PRETRANSLATE_MIN_FUZZY = 75;

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
