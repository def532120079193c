"use server";

import { resolveProjectFor } from "@/features/projects/data";
import { SAMPLE_TEXT, SAMPLE_TITLE } from "@/lib/documents/sample";
import { safeAction } from "@/lib/server/safe-action";
import { deleteDocument, importDocument } from "./mutations";
import { documentIdInput, sampleInput } from "./schema";

export const deleteDocumentAction = safeAction({ input: documentIdInput, roles: ["admin"] }, async (input, user) => {
  await deleteDocument(input.documentId, user.id);
  return null;
});

export const createSampleAction = safeAction({ input: sampleInput }, async (input, user) => {
  const projectId = await resolveProjectFor(user, input?.projectId);
  const result = await importDocument({ title: SAMPLE_TITLE, text: SAMPLE_TEXT, projectId, userId: user.id });
  return { id: result.id };
});
