"use server";

import { accessGlossaryEntry, accessProject, assertMayInProject, resolveProjectFor } from "@/features/projects/data";
import { safeAction } from "@/lib/server/safe-action";
import type { CurrentUser } from "@/lib/server/session";
import { acceptProposal, createEntry, deleteEntry, proposeEntry, rejectProposal, updateEntry } from "./mutations";
import { glossaryCreateInput, glossaryEntryId, glossaryUpdateInput } from "./schema";

/**
 * Every glossary action asks for the role in the entry's project (reviewers and managers edit, every
 * member proposes); an entry of a project the user is not in is "not found".
 */
async function editorOfEntry(user: CurrentUser, entryId: string): Promise<void> {
  assertMayInProject(await accessGlossaryEntry(user, entryId), "edit-glossary");
}

export const createEntryAction = safeAction({ input: glossaryCreateInput }, async ({ projectId, ...fields }, user) => {
  const scoped = await accessProject(user, await resolveProjectFor(user, projectId));
  assertMayInProject(scoped, "edit-glossary");
  return createEntry(scoped.projectId, fields, user.id);
});

/** Any member may suggest a term; it waits in "proposed" until a reviewer accepts it. */
export const proposeEntryAction = safeAction({ input: glossaryCreateInput }, async ({ projectId, ...fields }, user) => {
  const scoped = await accessProject(user, await resolveProjectFor(user, projectId));
  assertMayInProject(scoped, "propose-glossary");
  return proposeEntry(scoped.projectId, fields, user.id);
});

export const updateEntryAction = safeAction({ input: glossaryUpdateInput }, async (input, user) => {
  await editorOfEntry(user, input.id);
  const { updatedAt } = await updateEntry(input, user.id);
  return { updatedAt: updatedAt.toISOString() };
});

export const deleteEntryAction = safeAction({ input: glossaryEntryId }, async (input, user) => {
  await editorOfEntry(user, input.id);
  await deleteEntry(input.id, user.id);
  return null;
});

export const acceptProposalAction = safeAction({ input: glossaryEntryId }, async (input, user) => {
  await editorOfEntry(user, input.id);
  await acceptProposal(input.id, user.id);
  return null;
});

export const rejectProposalAction = safeAction({ input: glossaryEntryId }, async (input, user) => {
  await editorOfEntry(user, input.id);
  await rejectProposal(input.id, user.id);
  return null;
});
