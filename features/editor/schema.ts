import { z } from "zod";
import { MAX_ENGLISH_LENGTH, unitStatuses } from "@/lib/editor/status";
import { rowId, singleLine } from "@/lib/validation";

const version = z.number().int().nonnegative();

export const saveUnitInput = z.object({
  english: z.string().max(MAX_ENGLISH_LENGTH, { error: "tooLong" }),
  version,
  markTranslated: z.boolean().optional().default(false),
});

export const mergeInput = z.object({ version, nextVersion: version });

export const splitInput = z.object({
  version,
  /** Absolute sentence position where the second unit starts. */
  at: z.number().int().nonnegative(),
  englishFirst: z.string().max(MAX_ENGLISH_LENGTH, { error: "tooLong" }),
  englishSecond: z.string().max(MAX_ENGLISH_LENGTH, { error: "tooLong" }),
});

export const moveInput = z.object({
  version,
  neighbourVersion: version,
  direction: z.enum(["first-to-previous", "last-to-next"]),
});

export const presenceInput = z.object({ unitId: rowId.nullable() });

export const unitFilter = z.object({
  status: z.enum(unitStatuses).optional(),
  q: singleLine(500).optional(),
  lowConfidence: z.coerce.boolean().optional(),
  comments: z.coerce.boolean().optional(),
  /** Units a merge, split or move left needing review. */
  needsReview: z.coerce.boolean().optional(),
  terms: z.coerce.boolean().optional(),
  /** Units with open QA issues: any, or errors only. */
  qa: z.enum(["any", "errors"]).optional(),
});

export type UnitFilter = z.infer<typeof unitFilter>;
