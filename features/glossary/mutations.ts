import "server-only";
import { randomUUID } from "node:crypto";
import { recordAudit } from "@/features/audit/mutations";
import { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { normalisePartOfSpeech } from "@/lib/glossary/part-of-speech";
import type { GlossaryEntryInput } from "@/lib/glossary/types";
import { prisma, type Tx } from "@/lib/server/prisma";
import { normaliseText, stripControlChars } from "@/lib/text/normalise";
import {
  type DbTermStatus,
  type GlossaryEntryFields,
  type GlossaryUpdateFields,
  MAX_NOTE_LENGTH,
  MAX_PART_OF_SPEECH_LENGTH,
  MAX_TERM_LENGTH,
  toDbStatus,
} from "./schema";

function duplicate(hindi: string, partOfSpeech: string): AppError {
  return new AppError("CONFLICT", `The glossary already has "${hindi}"${partOfSpeech ? ` (${partOfSpeech})` : ""}.`, {
    reason: "duplicateTerm",
    hindi,
    partOfSpeech,
  });
}

/** A unique-key race lost to a concurrent writer surfaces as the same CONFLICT as the pre-check. */
async function mapUniqueViolation<T>(fields: { hindi: string; partOfSpeech: string }, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw duplicate(fields.hindi, fields.partOfSpeech);
    }
    throw error;
  }
}

async function assertNoDuplicate(tx: Tx, projectId: string, fields: { hindi: string; partOfSpeech: string }, exceptId?: string) {
  const other = await tx.glossaryEntry.findUnique({
    where: { projectId_hindi_partOfSpeech: { projectId, hindi: fields.hindi, partOfSpeech: fields.partOfSpeech } },
    select: { id: true },
  });
  if (other && other.id !== exceptId) throw duplicate(fields.hindi, fields.partOfSpeech);
}

function termRows(fields: GlossaryEntryFields) {
  return fields.terms.map((t, position) => ({ english: t.english, status: t.status, position }));
}

async function createEntryIn(
  projectId: string,
  fields: GlossaryEntryFields,
  userId: string | null,
  state: "active" | "proposed",
): Promise<{ id: string }> {
  return mapUniqueViolation(fields, () =>
    prisma.$transaction(async (tx) => {
      await assertNoDuplicate(tx, projectId, fields);
      const entry = await tx.glossaryEntry.create({
        data: {
          projectId,
          hindi: fields.hindi,
          partOfSpeech: fields.partOfSpeech,
          note: fields.note,
          state,
          createdById: userId,
          updatedById: userId,
          terms: { create: termRows(fields) },
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        userId,
        action: state === "active" ? "glossary.create" : "glossary.propose",
        details: { entryId: entry.id, projectId, hindi: fields.hindi, partOfSpeech: fields.partOfSpeech },
      });
      return entry;
    }),
  );
}

/** A new active entry in a project's glossary. */
export function createEntry(projectId: string, fields: GlossaryEntryFields, userId: string | null) {
  return createEntryIn(projectId, fields, userId, "active");
}

/** A translator's suggestion: stored as "proposed", invisible to matching until a reviewer accepts it. */
export function proposeEntry(projectId: string, fields: GlossaryEntryFields, userId: string | null) {
  return createEntryIn(projectId, fields, userId, "proposed");
}

/**
 * Replaces an entry's fields and terms, but only if nobody changed it since the editor loaded it
 * (optimistic lock on updated_at, checked and written by one UPDATE).
 */
export async function updateEntry(fields: GlossaryUpdateFields, userId: string | null): Promise<{ updatedAt: Date }> {
  return mapUniqueViolation(fields, () =>
    prisma.$transaction(async (tx) => {
      // Unique within the entry's own project's glossary.
      const current = await tx.glossaryEntry.findUnique({ where: { id: fields.id }, select: { projectId: true } });
      if (!current) throw new AppError("NOT_FOUND", "This glossary entry no longer exists.", { reason: "entryGone" });
      await assertNoDuplicate(tx, current.projectId, fields, fields.id);
      const now = new Date();
      const { count } = await tx.glossaryEntry.updateMany({
        where: { id: fields.id, updatedAt: new Date(fields.expectedUpdatedAt) },
        data: { hindi: fields.hindi, partOfSpeech: fields.partOfSpeech, note: fields.note, updatedById: userId, updatedAt: now },
      });
      if (count === 0) {
        const exists = await tx.glossaryEntry.count({ where: { id: fields.id } });
        if (!exists) throw new AppError("NOT_FOUND", "This glossary entry no longer exists.", { reason: "entryGone" });
        throw new AppError("CONFLICT", "Someone else changed this entry in the meantime; reload and try again.", {
          reason: "staleEntry",
        });
      }
      await tx.glossaryTerm.deleteMany({ where: { entryId: fields.id } });
      await tx.glossaryTerm.createMany({ data: termRows(fields).map((t) => ({ ...t, entryId: fields.id })) });
      await recordAudit(tx, {
        userId,
        action: "glossary.update",
        details: { entryId: fields.id, hindi: fields.hindi, partOfSpeech: fields.partOfSpeech },
      });
      return { updatedAt: now };
    }),
  );
}

export async function deleteEntry(id: string, userId: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const deleted = await tx.$queryRaw<{ hindi: string; partOfSpeech: string }[]>`
      DELETE FROM glossary_entry WHERE id = ${id} RETURNING hindi, part_of_speech AS "partOfSpeech"`;
    if (deleted.length === 0) throw new AppError("NOT_FOUND", "This glossary entry no longer exists.", { reason: "entryGone" });
    await recordAudit(tx, { userId, action: "glossary.delete", details: { entryId: id, ...deleted[0] } });
  });
}

export async function acceptProposal(id: string, userId: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const accepted = await tx.glossaryEntry.updateManyAndReturn({
      where: { id, state: "proposed" },
      data: { state: "active", updatedById: userId, updatedAt: new Date() },
      select: { hindi: true, partOfSpeech: true },
    });
    if (accepted.length === 0) throw new AppError("NOT_FOUND", "This proposal no longer exists.", { reason: "proposalGone" });
    await recordAudit(tx, { userId, action: "glossary.accept", details: { entryId: id, ...accepted[0] } });
  });
}

export async function rejectProposal(id: string, userId: string | null): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const rejected = await tx.$queryRaw<{ hindi: string; partOfSpeech: string }[]>`
      DELETE FROM glossary_entry WHERE id = ${id} AND state = 'proposed'
      RETURNING hindi, part_of_speech AS "partOfSpeech"`;
    if (rejected.length === 0) throw new AppError("NOT_FOUND", "This proposal no longer exists.", { reason: "proposalGone" });
    await recordAudit(tx, { userId, action: "glossary.reject", details: { entryId: id, ...rejected[0] } });
  });
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
}

interface ImportEntry {
  hindi: string;
  partOfSpeech: string;
  note: string;
  terms: { english: string; status: DbTermStatus }[];
}

const IMPORT_TIMEOUT_MS = 5 * 60_000;
/** Rows per INSERT … SELECT FROM unnest(…), as in document import: one round trip per batch. */
const BATCH = 10_000;

async function insertEntries(tx: Tx, projectId: string, fresh: ImportEntry[], userId: string | null, now: Date): Promise<void> {
  // Ids are made here (the cuid default lives in Prisma, not in the table) so that terms can
  // reference their entry without reading the rows back.
  const ids = fresh.map(() => randomUUID());
  for (let start = 0; start < fresh.length; start += BATCH) {
    const batch = fresh.slice(start, start + BATCH);
    await tx.$executeRaw`
      INSERT INTO glossary_entry (id, project_id, hindi, part_of_speech, note, state, created_by_id, updated_by_id, created_at, updated_at)
      SELECT id, ${projectId}, hindi, pos, note, 'active', ${userId}, ${userId}, ${now}, ${now} FROM unnest(
        ${ids.slice(start, start + BATCH)}::text[], ${batch.map((e) => e.hindi)}::text[],
        ${batch.map((e) => e.partOfSpeech)}::text[], ${batch.map((e) => e.note)}::text[]) AS t(id, hindi, pos, note)`;
  }
  const terms = fresh.flatMap((e, i) => e.terms.map((t, position) => ({ entryId: ids[i], ...t, position })));
  for (let start = 0; start < terms.length; start += BATCH) {
    const batch = terms.slice(start, start + BATCH);
    await tx.$executeRaw`
      INSERT INTO glossary_term (entry_id, english, status, position)
      SELECT * FROM unnest(${batch.map((t) => t.entryId)}::text[], ${batch.map((t) => t.english)}::text[],
        ${batch.map((t) => t.status)}::"TermStatus"[], ${batch.map((t) => t.position)}::int[])`;
  }
}
interface EntryChanges {
  terms: { entryId: string; english: string; status: DbTermStatus; position: number }[];
  restated: { id: number; status: DbTermStatus }[];
  /** note null: keep the stored note. */
  entries: { id: string; note: string | null }[];
}

/** The changes to existing entries, set-based: three statements per batch, whatever the number of entries. */
async function updateEntries(tx: Tx, changes: EntryChanges, userId: string | null, now: Date): Promise<void> {
  for (let start = 0; start < changes.terms.length; start += BATCH) {
    const batch = changes.terms.slice(start, start + BATCH);
    await tx.$executeRaw`
      INSERT INTO glossary_term (entry_id, english, status, position)
      SELECT * FROM unnest(${batch.map((t) => t.entryId)}::text[], ${batch.map((t) => t.english)}::text[],
        ${batch.map((t) => t.status)}::"TermStatus"[], ${batch.map((t) => t.position)}::int[])`;
  }
  for (let start = 0; start < changes.restated.length; start += BATCH) {
    const batch = changes.restated.slice(start, start + BATCH);
    await tx.$executeRaw`
      UPDATE glossary_term t SET status = c.status
      FROM unnest(${batch.map((r) => r.id)}::int[], ${batch.map((r) => r.status)}::"TermStatus"[]) AS c(id, status)
      WHERE t.id = c.id`;
  }
  for (let start = 0; start < changes.entries.length; start += BATCH) {
    const batch = changes.entries.slice(start, start + BATCH);
    await tx.$executeRaw`
      UPDATE glossary_entry e SET note = coalesce(c.note, e.note), state = 'active', updated_by_id = ${userId}, updated_at = ${now}
      FROM unnest(${batch.map((r) => r.id)}::text[], ${batch.map((r) => r.note)}::text[]) AS c(id, note)
      WHERE e.id = c.id`;
  }
}

/** The form's limit holds for files too (a term of kilobytes would also overflow the unique index). */
function assertTermLength(term: string): void {
  if (term.length > MAX_TERM_LENGTH) {
    throw new AppError("MALFORMED_FILE", `The term "${term.slice(0, 40)}…" is longer than ${MAX_TERM_LENGTH} characters.`, {
      reason: "termTooLong",
      max: MAX_TERM_LENGTH,
    });
  }
}

// Entries stored before parts of speech were normalised ("Noun") still match a file's "noun".
const keyOf = (e: { hindi: string; partOfSpeech: string }) => `${e.hindi}\u0000${normalisePartOfSpeech(e.partOfSpeech)}`;

/** Normalises like the entry form and folds repeated entries of one file into one. */
function prepareImport(entries: GlossaryEntryInput[]): ImportEntry[] {
  const byKey = new Map<string, ImportEntry>();
  for (const entry of entries) {
    const hindi = normaliseText(entry.hindi);
    if (!hindi) throw new AppError("MALFORMED_FILE", "An entry has an empty Hindi term.", { reason: "entryNoHindi" });
    assertTermLength(hindi);
    const item: ImportEntry = {
      hindi,
      partOfSpeech: normalisePartOfSpeech(entry.partOfSpeech),
      note: stripControlChars(entry.note ?? "").trim(),
      terms: [],
    };
    if (item.partOfSpeech.length > MAX_PART_OF_SPEECH_LENGTH) {
      throw new AppError(
        "MALFORMED_FILE",
        `The part of speech of "${hindi.slice(0, 40)}" is longer than ${MAX_PART_OF_SPEECH_LENGTH} characters.`,
        { reason: "partOfSpeechTooLong", max: MAX_PART_OF_SPEECH_LENGTH },
      );
    }
    if (item.note.length > MAX_NOTE_LENGTH) {
      throw new AppError("MALFORMED_FILE", `The note of "${hindi.slice(0, 40)}" is longer than ${MAX_NOTE_LENGTH} characters.`, {
        reason: "noteTooLong",
        max: MAX_NOTE_LENGTH,
      });
    }
    const existing = byKey.get(keyOf(item));
    const target = existing ?? item;
    if (!existing) byKey.set(keyOf(item), item);
    else if (!target.note) target.note = item.note;
    for (const english of entry.english) {
      const text = normaliseText(english.text);
      if (!text)
        throw new AppError("MALFORMED_FILE", `The entry "${hindi}" has an empty English term.`, { reason: "entryNoEnglish", hindi });
      assertTermLength(text);
      if (!target.terms.some((t) => t.english === text)) target.terms.push({ english: text, status: toDbStatus(english.status) });
    }
    if (target.terms.length === 0)
      throw new AppError("MALFORMED_FILE", `The entry "${hindi}" has no English term.`, { reason: "entryNoEnglish", hindi });
  }
  return [...byKey.values()];
}

/**
 * Merges a parsed glossary file into the glossary in ONE transaction, matching entries by Hindi
 * term + part of speech: new entries are added; existing ones gain missing English terms, changed
 * term statuses and a changed (non-empty) note, and a proposal in the file's list becomes active;
 * anything else counts as skipped. Never duplicates an entry, so importing a file twice is a no-op.
 */
export async function importGlossary(projectId: string, entries: GlossaryEntryInput[], userId: string | null): Promise<ImportReport> {
  const items = prepareImport(entries);
  return prisma.$transaction(
    async (tx) => {
      // Serialises concurrent imports: two of them inserting the same new term would otherwise
      // make one fail on the unique key after all its work.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('setu.glossary.import:' || ${projectId}))`;
      const project = await tx.project.findUnique({ where: { id: projectId }, select: { id: true } });
      if (!project) throw new AppError("NOT_FOUND", `No project with id ${projectId}.`, { reason: "projectNotFound" });
      const hindis = [...new Set(items.map((i) => i.hindi))];
      const existing = await tx.glossaryEntry.findMany({
        // Past a few thousand terms one read of the whole glossary beats a huge IN list.
        where: hindis.length <= 5000 ? { projectId, hindi: { in: hindis } } : { projectId },
        include: { terms: { select: { id: true, english: true, status: true, position: true } } },
      });
      const byKey = new Map(existing.map((e) => [keyOf(e), e]));
      const now = new Date();
      const fresh: ImportEntry[] = [];
      const changes: EntryChanges = { terms: [], restated: [], entries: [] };
      let skipped = 0;
      for (const item of items) {
        const current = byKey.get(keyOf(item));
        if (!current) {
          fresh.push(item);
          continue;
        }
        const known = new Map(current.terms.map((t) => [t.english, t]));
        let position = current.terms.reduce((max, t) => Math.max(max, t.position + 1), 0);
        const added = item.terms.filter((t) => !known.has(t.english));
        const restated = item.terms.flatMap((t) => {
          const term = known.get(t.english);
          return term && term.status !== t.status ? [{ id: term.id, status: t.status }] : [];
        });
        const noteChanged = item.note !== "" && item.note !== current.note;
        const activated = current.state === "proposed";
        if (added.length === 0 && restated.length === 0 && !noteChanged && !activated) {
          skipped++;
          continue;
        }
        for (const t of added) changes.terms.push({ entryId: current.id, english: t.english, status: t.status, position: position++ });
        changes.restated.push(...restated);
        changes.entries.push({ id: current.id, note: noteChanged ? item.note : null });
      }
      await updateEntries(tx, changes, userId, now);
      const updated = changes.entries.length;
      if (fresh.length) await insertEntries(tx, projectId, fresh, userId, now);
      const report = { added: fresh.length, updated, skipped };
      await recordAudit(tx, { userId, action: "glossary.import", details: { ...report, projectId } });
      return report;
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 30_000 },
  );
}
