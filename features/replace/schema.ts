import { z } from "zod";
import { MAX_FIND_LENGTH } from "@/lib/editor/find";
import { stripControlChars } from "@/lib/text/normalise";
import { rowId } from "@/lib/validation";

/** The most units one replace-all may change (a phrase across a long document, not a rewrite of 100,000 units). */
export const MAX_REPLACE_UNITS = 10_000;

// Literal text: controls go, line breaks become spaces (a unit's English is one paragraph), and the
// spaces around a word are kept — " cat " is a different search from "cat".
const literal = (min: number) =>
  z
    .string()
    .max(MAX_FIND_LENGTH * 4, { error: "tooLong" })
    .transform((s) =>
      stripControlChars(s)
        .replace(/[\r\n]+/g, " ")
        .normalize("NFC"),
    )
    .pipe(
      min > 0
        ? z.string().min(min, { error: "emptyText" }).max(MAX_FIND_LENGTH, { error: "tooLong" })
        : z.string().max(MAX_FIND_LENGTH, { error: "tooLong" }),
    );

/** What to find and what to put instead, in the English of a document's units. */
export const replaceQuery = z.object({
  find: literal(1),
  replace: literal(0),
  matchCase: z.boolean().optional().default(false),
  wholeWord: z.boolean().optional().default(false),
  /** Approved units too (reviewers and admins only; the policy refuses anyone else). */
  includeApproved: z.boolean().optional().default(false),
});
export type ReplaceQuery = z.infer<typeof replaceQuery>;

/** The replace itself: the units of the preview the person saw, each at the version it showed. */
export const replaceApply = replaceQuery.extend({
  units: z
    .array(z.object({ id: rowId, version: z.number().int().nonnegative() }))
    .min(1)
    .max(MAX_REPLACE_UNITS),
});
export type ReplaceApply = z.infer<typeof replaceApply>;
