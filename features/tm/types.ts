import type { TmStatus } from "@/lib/tm/rank";

/** One match of the editor's memory panel (GET /api/units/:id/memory). */
export interface UnitMemoryMatch {
  /** The memory entry. */
  id: number;
  score: number;
  hindi: string;
  english: string;
  storedEnglish: string;
  substituted: boolean;
  status: TmStatus;
  origin: string | null;
  updatedAt: string;
  /** Alignment of the stored Hindi's tokens with the unit's, for highlighting what differs. */
  diff: { text: string; kind: "same" | "changed" }[];
}
