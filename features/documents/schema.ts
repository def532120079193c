import { z } from "zod";

export const MAX_TITLE_LENGTH = 200;

export const documentTitle = z.string().trim().min(1, { error: "titleRequired" }).max(MAX_TITLE_LENGTH);

export const documentListQuery = z.object({
  q: z.string().trim().max(200).optional().default(""),
  sort: z.enum(["activity", "title", "created", "size"]).optional().default("activity"),
});

export type DocumentListQuery = z.infer<typeof documentListQuery>;

export const documentIdInput = z.object({ documentId: z.string().min(1).max(64) });
