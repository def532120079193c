import { createUser } from "@/features/accounts/mutations";
import { importDocument } from "@/features/documents/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser, Role } from "@/lib/server/session";

let counter = 0;

/** The project the projects migration creates and moves everything into; new accounts join it. */
export const DEFAULT_PROJECT = "default";

/** A user with a role, unique per call, as the session layer would hand it to a mutation. */
export async function makeUser(role: Role, label: string = role): Promise<CurrentUser> {
  const email = `${label}-${Date.now().toString(36)}-${++counter}@example.test`;
  const { id } = await createUser({ name: `${label} ${counter}`, email, password: "correct horse 7", role });
  return { id, email, name: `${label} ${counter}`, role };
}

/** A document with one unit per sentence; returns its id and unit ids in order. */
export async function makeDocument(sentences: string[], userId: string | null = null, projectId = DEFAULT_PROJECT) {
  const { id } = await importDocument({ title: `Doc ${Date.now()}-${++counter}`, text: sentences.join(" "), projectId, userId });
  const units = await prisma.unit.findMany({ where: { documentId: id }, orderBy: { firstSentence: "asc" } });
  return { id, unitIds: units.map((u) => u.id) };
}

export async function unitsOf(documentId: string) {
  return prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } });
}

export async function sentenceTexts(documentId: string) {
  const rows = await prisma.sentence.findMany({ where: { documentId }, orderBy: { position: "asc" } });
  return rows.map((r) => r.text);
}
