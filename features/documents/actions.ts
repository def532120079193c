"use server";

import { z } from "zod";
import { SAMPLE_TEXT, SAMPLE_TITLE } from "@/lib/documents/sample";
import { safeAction } from "@/lib/server/safe-action";
import { deleteDocument, importDocument } from "./mutations";
import { documentIdInput } from "./schema";

export const deleteDocumentAction = safeAction({ input: documentIdInput, roles: ["admin"] }, async (input, user) => {
  await deleteDocument(input.documentId, user.id);
  return null;
});

export const createSampleAction = safeAction({ input: z.unknown() }, async (_input, user) => {
  const result = await importDocument({ title: SAMPLE_TITLE, text: SAMPLE_TEXT, userId: user.id });
  return { id: result.id };
});
