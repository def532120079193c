"use server";

import { resolveProjectFor } from "@/features/projects/data";
import { safeAction } from "@/lib/server/safe-action";
import { acceptProposal, createEntry, deleteEntry, proposeEntry, rejectProposal, updateEntry } from "./mutations";
import { glossaryCreateInput, glossaryEntryId, glossaryUpdateInput } from "./schema";

const editors = ["reviewer", "admin"] as ("reviewer" | "admin")[];

export const createEntryAction = safeAction({ input: glossaryCreateInput, roles: editors }, async ({ projectId, ...fields }, user) => {
  return createEntry(await resolveProjectFor(user, projectId), fields, user.id);
});

/** Any signed-in user may suggest a term; it waits in "proposed" until a reviewer accepts it. */
export const proposeEntryAction = safeAction({ input: glossaryCreateInput }, async ({ projectId, ...fields }, user) => {
  return proposeEntry(await resolveProjectFor(user, projectId), fields, user.id);
});

export const updateEntryAction = safeAction({ input: glossaryUpdateInput, roles: editors }, async (input, user) => {
  const { updatedAt } = await updateEntry(input, user.id);
  return { updatedAt: updatedAt.toISOString() };
});

export const deleteEntryAction = safeAction({ input: glossaryEntryId, roles: editors }, async (input, user) => {
  await deleteEntry(input.id, user.id);
  return null;
});

export const acceptProposalAction = safeAction({ input: glossaryEntryId, roles: editors }, async (input, user) => {
  await acceptProposal(input.id, user.id);
  return null;
});

export const rejectProposalAction = safeAction({ input: glossaryEntryId, roles: editors }, async (input, user) => {
  await rejectProposal(input.id, user.id);
  return null;
});
