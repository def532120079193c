import { z } from "zod";
import { PRETRANSLATE_MIN_FUZZY } from "./types";

/**
 * POST /api/documents/:id/pretranslate: 100 % and 101 % matches are always filled (as translated);
 * `min` (75–99) also fills fuzzy matches of at least that score, as drafts. Null or absent: exact only.
 */
export const pretranslateInput = z.object({
  min: z.number().int().min(PRETRANSLATE_MIN_FUZZY).max(99).nullable().optional().default(null),
});
export type PretranslateInput = z.infer<typeof pretranslateInput>;

/** POST /api/units/:id/propagate: the version of the confirmed unit the editor offered from. */
export const propagateInput = z.object({ version: z.number().int().positive() });
