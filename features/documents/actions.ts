"use server";

import { accessDocument, assertMayInProject, resolveProjectFor } from "@/features/projects/data";
import { SAMPLE_TEXT, SAMPLE_TITLE } from "@/lib/documents/sample";
import { safeAction } from "@/lib/server/safe-action";
import { deleteDocument, importDocument } from "./mutations";
import { documentIdInput, sampleInput } from "./schema";

/** Administrators, and the managers of the document's project. */
export const deleteDocumentAction = safeAction({ input: documentIdInput }, async (input, user) => {
  assertMayInProject(await accessDocument(user, input.documentId), "delete-document");
  await deleteDocument(input.documentId, user.id);
  return null;
});

export const createSampleAction = safeAction({ input: sampleInput }, async (input, user) => {
  const projectId = await resolveProjectFor(user, input?.projectId);
  const result = await importDocument({ title: SAMPLE_TITLE, text: SAMPLE_TEXT, projectId, userId: user.id });
  return { id: result.id };
});
