import type { Analysis } from "@/lib/tm/bands";
import type { TextPart } from "@/lib/tm/highlight";
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

/** One hit of a concordance search (GET /api/documents/:id/concordance), with the parts that matched marked. */
export interface ConcordanceHit {
  id: number;
  hindi: TextPart[];
  english: TextPart[];
  status: TmStatus;
  origin: string | null;
}

/** What a TMX import into a project's memory did (CLI and POST /api/projects/:id/memory/import). */
export interface MemoryImportReport {
  /** <tu> elements read. */
  read: number;
  /** New entries. */
  added: number;
  /** Pairs already in the memory (or twice in the file): merged into one entry. */
  merged: number;
  skipped: Record<string, number>;
  /** Languages seen in the file besides Hindi and English. */
  extraLanguages: string[];
}

/** An analysis as an analysis job stores it and the document page shows it (the per-unit bands stay out: a book has many). */
export type AnalysisSummary = Pick<Analysis, "bands" | "total">;
