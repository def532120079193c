import type { StructureResult } from "@/features/editor/types";
import type { ReplaceSkip } from "@/lib/editor/policy";
import type { UnitStatus } from "@/lib/editor/status";

/** One unit a replace-all would change (or leaves alone, and why), as the preview lists it. */
export interface ReplacePreviewUnit {
  id: number;
  version: number;
  status: UnitStatus;
  before: string;
  after: string;
  /** Occurrences replaced in this unit. */
  count: number;
  /** Set when the unit is listed but will be left as it is. */
  skip?: ReplaceSkip | "tooLong";
}

export interface ReplacePreview {
  units: ReplacePreviewUnit[];
  /** More units match than one replace-all may change (MAX_REPLACE_UNITS): narrow the search. */
  truncated: boolean;
}

/** What the replace did: the changed units (as the editor shows them) and the ones it left alone. */
export interface ReplaceResult extends StructureResult {
  replaced: number;
  /** Changed by someone since the preview: left as they are now, not overwritten. */
  conflicts: { id: number; version: number }[];
  /** Gone since the preview (merged away). */
  gone: number[];
  /** Left alone by the policy or the length limit, asked again on the locked rows. */
  skipped: { id: number; skip: ReplaceSkip | "tooLong" | "noMatch" }[];
}
