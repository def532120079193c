import type { UnitQaIssue } from "@/features/qa/types";
import type { UndoTop } from "@/features/undo/types";
import type { UnitStatus } from "@/lib/editor/status";
import type { GlossaryEnglish } from "@/lib/glossary/types";

/** A glossary term found in one Hindi sentence of a unit (offsets into that sentence). */
export interface UnitTerm {
  position: number;
  start: number;
  end: number;
  entryId: string;
  hindi: string;
  english: GlossaryEnglish[];
  note: string | null;
}

/** A unit as the editor shows it. */
export interface EditorUnit {
  id: number;
  first: number;
  last: number;
  hindi: { position: number; paragraph: number; text: string }[];
  english: string;
  status: UnitStatus;
  version: number;
  confidence: number | null;
  /** A merge, split or move changed the Hindi under this English: someone must look at it again. */
  needsReview: boolean;
  /** Filled by pre-translation from a memory match of this score, and not yet confirmed by a person. */
  pretranslated: number | null;
  author: string | null;
  updatedAt: string;
  openComments: number;
  /** The English as last approved or rejected, for the review diff. */
  reviewedEnglish: string | null;
  /** The reason of the latest unresolved rejection, shown to the translator. */
  lastRejection: string | null;
  terms: UnitTerm[];
  /** The unit's QA issues as stored at its last save (features/qa); `inconsistent` names other units by id. */
  qa: UnitQaIssue[];
}

/** What a merge, split or move returns: the units as they are now and the ids that went away. */
export interface StructureResult {
  units: EditorUnit[];
  removed: number[];
  structureVersion: number;
  /** The person's newest undoable operation after this one (the undo button's label). */
  undo?: UndoTop | null;
}

/** The current view of a document: unit ids in order (filtered), for the virtual list. */
export interface UnitIndex {
  structureVersion: number;
  ids: number[];
  /** A search stopped at its limit: more units match than are listed. */
  truncated?: boolean;
}

export interface PresenceEntry {
  userId: string;
  name: string;
  unitId: number | null;
}

export interface ChangesResponse {
  cursor: string;
  structureVersion: number;
  units: EditorUnit[];
  presence: PresenceEntry[];
}
