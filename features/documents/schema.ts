import { z } from "zod";
import { PARAGRAPH_MODES } from "@/lib/text/segment";
import { entityId, singleLine } from "@/lib/validation";

export const MAX_TITLE_LENGTH = 200;

export const documentTitle = singleLine(MAX_TITLE_LENGTH, { min: 1, error: "titleRequired" });

export const documentListQuery = z.object({
  q: singleLine(200).optional().default(""),
  sort: z.enum(["activity", "title", "created", "size"]).optional().default("activity"),
});

export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const documentIdInput = z.object({ documentId: entityId });

/** "Try a sample": into the chosen project, or the user's only one. */
export const sampleInput = z.object({ projectId: entityId.optional() }).nullish();

/** How line breaks make paragraphs in imported text; a missing field means "auto". */
export const paragraphModeInput = z.enum(PARAGRAPH_MODES).optional().default("auto");
