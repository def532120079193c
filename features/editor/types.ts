import type { UnitStatus } from "@/lib/editor/status";

/** A unit as the editor shows it. */
export interface EditorUnit {
  id: number;
  first: number;
  last: number;
  hindi: { position: number; text: string }[];
  english: string;
  status: UnitStatus;
  version: number;
  confidence: number | null;
  author: string | null;
  updatedAt: string;
  openComments: number;
}

/** The current view of a document: unit ids in order (filtered), for the virtual list. */
export interface UnitIndex {
  structureVersion: number;
  total: number;
  ids: number[];
  /** Each unit's number in the whole document (1-based), parallel to ids. */
  numbers: number[];
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
