import { z } from "zod";
import { normalisePartOfSpeech } from "@/lib/glossary/part-of-speech";
import type { TermStatus } from "@/lib/glossary/types";
import { normaliseText, stripControlChars } from "@/lib/text/normalise";
import { entityId, singleLine } from "@/lib/validation";
import { type DbTermStatus, termStatusValues } from "./types";

export { type DbTermStatus, termStatusValues } from "./types";

/** The database enum cannot hold a hyphen; lib/glossary and the file formats use "do-not-translate". */
export function toLibStatus(status: DbTermStatus): TermStatus {
  return status === "do_not_translate" ? "do-not-translate" : status;
}

export function toDbStatus(status: TermStatus): DbTermStatus {
  return status === "do-not-translate" ? "do_not_translate" : status;
}

export const MAX_TERM_LENGTH = 300;
export const MAX_PART_OF_SPEECH_LENGTH = 40;
export const MAX_NOTE_LENGTH = 2000;

const normalised = (max: number, error: string) => z.string().transform(normaliseText).pipe(z.string().min(1, { error }).max(max));

export const glossaryTermInput = z.object({
  english: normalised(MAX_TERM_LENGTH, "englishRequired"),
  status: z.enum(termStatusValues).default("preferred"),
});

export const glossaryEntryInput = z.object({
  hindi: normalised(MAX_TERM_LENGTH, "hindiRequired"),
  partOfSpeech: z.string().trim().max(MAX_PART_OF_SPEECH_LENGTH).optional().default("").transform(normalisePartOfSpeech),
  note: z.string().transform(stripControlChars).pipe(z.string().trim().max(MAX_NOTE_LENGTH)).optional().default(""),
  terms: z
    .array(glossaryTermInput)
    .min(1, { error: "termRequired" })
    .max(50)
    // The same English twice in one entry would break the (entry, english) unique key.
    .refine((terms) => new Set(terms.map((t) => t.english)).size === terms.length, { error: "duplicateEnglish" }),
});
export type GlossaryEntryFields = z.infer<typeof glossaryEntryInput>;

/** A new entry or proposal: into the chosen project's glossary, or the user's only project's. */
export const glossaryCreateInput = glossaryEntryInput.extend({ projectId: entityId.optional() });

export const glossaryEntryId = z.object({ id: entityId });

export const glossaryUpdateInput = glossaryEntryInput.extend({
  id: entityId,
  /** The updatedAt the editor saw, so a concurrent change is refused rather than overwritten. */
  expectedUpdatedAt: z.iso.datetime(),
});
export type GlossaryUpdateFields = z.infer<typeof glossaryUpdateInput>;

export const glossaryListQuery = z.object({
  q: singleLine(200).optional().default(""),
  project: entityId.optional().catch(undefined),
});
export type GlossaryListQuery = z.infer<typeof glossaryListQuery>;
