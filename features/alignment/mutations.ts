import "server-only";
import { z } from "zod";
import { recordAudit } from "@/features/audit/mutations";
import { insertUnits } from "@/features/documents/mutations";
import { enqueueJob, type JobContext, lockRequester } from "@/features/jobs/mutations";
import { invalidateDocumentQa } from "@/features/qa/mutations";
import { alignSentences, alignSentencesInSteps } from "@/lib/align/align";
import { beadsToUnits, countBeadShapes, joinEnglish } from "@/lib/align/to-units";
import type { Bead, GlossaryPair } from "@/lib/align/types";
import { realignRefusal } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { uploadLimitBytes } from "@/lib/server/env";
import type { Tx } from "@/lib/server/prisma";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { type Segment, segmentEnglish } from "@/lib/text/segment";
import { type AlignReport, LOW_CONFIDENCE } from "./schema";

const ALIGN_TIMEOUT_MS = 10 * 60_000;

async function loadGlossaryPairs(): Promise<GlossaryPair[]> {
  return prisma.$queryRaw<GlossaryPair[]>`
    SELECT e.hindi, t.english FROM glossary_entry e JOIN glossary_term t ON t.entry_id = e.id
    WHERE e.state = 'active' AND t.status = 'preferred'`;
}

/** What was checked when the request came in, and what the work needs. */
interface AlignmentPlan {
  english: Segment[];
  hindi: { position: number; paragraph: number; text: string }[];
  glossary: GlossaryPair[];
  structureVersion: number;
  counts: UnitCounts;
}

/**
 * The checks a request to align must pass before any work is done (or queued): the English's size and
 * content, the document, and the policy on the units it has now (the final transaction asks again, on
 * the locked rows).
 */
async function planAlignment(
  documentId: string,
  englishText: string,
  role: Role,
  options: { replace: boolean },
): Promise<Omit<AlignmentPlan, "glossary" | "hindi"> & { hindiCount: number }> {
  const maxBytes = uploadLimitBytes();
  if (Buffer.byteLength(englishText, "utf8") > maxBytes) {
    throw new AppError("TOO_LARGE", `The English text is over the limit of ${maxBytes} bytes.`, { reason: "tooLarge", limit: maxBytes });
  }
  const english = segmentEnglish(englishText);
  if (english.length === 0)
    throw new AppError("EMPTY_TEXT", "The English text is empty (nothing but whitespace).", { reason: "englishEmpty" });

  const doc = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true, structureVersion: true } });
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  const [counts] = await prisma.$queryRaw<UnitCounts[]>`
    SELECT count(*) FILTER (WHERE english <> '')::int AS translated, count(*) FILTER (WHERE status = 'approved')::int AS approved,
           count(*) FILTER (WHERE status = 'draft')::int AS draft, count(*) FILTER (WHERE status = 'rejected')::int AS rejected
    FROM unit WHERE document_id = ${documentId}`;
  assertMayReplace(role, counts, options.replace);
  const hindiCount = await prisma.sentence.count({ where: { documentId } });
  if (hindiCount === 0)
    throw new AppError("EMPTY_TEXT", "The document has no Hindi sentences to align with.", { reason: "noHindiSentences" });
  return { english, structureVersion: doc.structureVersion, counts, hindiCount };
}

async function loadHindi(documentId: string) {
  return prisma.sentence.findMany({
    where: { documentId },
    orderBy: { position: "asc" },
    select: { position: true, paragraph: true, text: true },
  });
}

type AlignRows = { first: number; last: number; english: string; confidence: number }[];

function toRows(plan: Pick<AlignmentPlan, "english" | "hindi">, beads: Bead[]): { rows: AlignRows; beads: Bead[] } {
  const units = beadsToUnits(beads);
  const englishTexts = plan.english.map((s) => s.text);
  const rows = units.map((u) => ({
    first: plan.hindi[u.first].position,
    last: plan.hindi[u.last].position,
    english: joinEnglish(u, englishTexts),
    confidence: u.confidence,
  }));
  return { rows, beads };
}

interface CommitChecks {
  /** The document's structure version and unit counts when the request was accepted (a job's). */
  accepted?: { structureVersion: number; translated: number; approved: number };
}

/**
 * The one transaction of an alignment: swaps all units at once, so editors see either the old units
 * or the new ones, after asking the policy again on the locked rows.
 */
async function commitAlignment(
  tx: Tx,
  documentId: string,
  plan: Pick<AlignmentPlan, "english" | "hindi">,
  aligned: { rows: AlignRows; beads: Bead[] },
  actor: { id: string; role: Role },
  options: { replace: boolean },
  checks: CommitChecks = {},
): Promise<AlignReport> {
  const { rows } = aligned;
  const report = {
    documentId,
    units: rows.length,
    lowConfidence: rows.filter((r) => r.confidence < LOW_CONFIDENCE).length,
    beads: countBeadShapes(aligned.beads),
  };
  // Lock order: the document row first (as every multi-unit operation does), then the units.
  const [locked] = await tx.$queryRaw<{ structureVersion: number }[]>`
    SELECT structure_version AS "structureVersion" FROM document WHERE id = ${documentId} FOR UPDATE`;
  if (!locked) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  if (checks.accepted && locked.structureVersion !== checks.accepted.structureVersion) throw documentChanged();
  // The DELETE both removes the old units (comments and versions cascade) and, having locked
  // them, counts what it removes: a save or an approval that commits meanwhile is seen, and the
  // policy is asked again on those rows (the rollback undoes the DELETE when it says no).
  const [gone] = await tx.$queryRaw<UnitCounts[]>`
    WITH gone AS (DELETE FROM unit WHERE document_id = ${documentId} RETURNING english, status)
    SELECT count(*) FILTER (WHERE english <> '')::int AS translated, count(*) FILTER (WHERE status = 'approved')::int AS approved,
           count(*) FILTER (WHERE status = 'draft')::int AS draft, count(*) FILTER (WHERE status = 'rejected')::int AS rejected
    FROM gone`;
  // The person confirmed losing what the document had then; more work done since is not theirs to throw away.
  if (checks.accepted && (gone.translated > checks.accepted.translated || gone.approved > checks.accepted.approved))
    throw documentChanged();
  assertMayReplace(actor.role, gone, options.replace);
  await insertUnits(tx, documentId, rows, actor.id);
  // Every unit is new: nothing recorded against the old ones can be undone any more.
  await tx.$executeRaw`DELETE FROM undo_entry WHERE document_id = ${documentId}`;
  // New units: the document's QA is run again when it is next read (features/qa).
  await invalidateDocumentQa(tx, documentId);
  await tx.$executeRaw`
    UPDATE document SET structure_version = structure_version + 1, updated_at = now() WHERE id = ${documentId}`;
  await recordAudit(tx, {
    userId: actor.id,
    action: "document.align",
    documentId,
    details: {
      hindiSentences: plan.hindi.length,
      englishSentences: plan.english.length,
      ...report,
      replaced: gone.translated,
      approvedReplaced: gone.approved,
    },
  });
  return { ...report, replaced: gone.translated };
}

function documentChanged(): AppError {
  return new AppError("CONFLICT", "The document changed while the alignment waited; nothing was replaced.", { reason: "documentChanged" });
}

/**
 * Replaces the units of a document with an automatic alignment of an existing English translation,
 * inside the caller (tests, scripts). The web app and the CLI queue it instead (enqueueAlignment).
 * The aligner runs before the transaction (it is CPU work, seconds on a book).
 */
export async function alignDocumentWithEnglish(
  documentId: string,
  englishText: string,
  user: Pick<CurrentUser, "id" | "role">,
  options: { replace: boolean },
): Promise<AlignReport> {
  const planned = await planAlignment(documentId, englishText, user.role, options);
  const [hindi, glossary] = await Promise.all([loadHindi(documentId), loadGlossaryPairs()]);
  const plan = { english: planned.english, hindi };
  const aligned = toRows(plan, alignSentences(hindi, planned.english, { glossary }));
  return transact((tx) => commitAlignment(tx, documentId, plan, aligned, user, options), { timeout: ALIGN_TIMEOUT_MS, maxWait: 10_000 });
}

/** What an alignment job carries in its row (job.input). */
const alignJobInput = z.object({
  english: z.string(),
  replace: z.boolean(),
  structureVersion: z.number().int(),
  translated: z.number().int(),
  approved: z.number().int(),
});

/**
 * Queues the alignment of a document with an English text as a job, after the same checks the
 * synchronous path makes; returns the job's id. `user` is the person as they act on the document's
 * project (accessDocument).
 */
export async function enqueueAlignment(
  documentId: string,
  englishText: string,
  user: { id: string; role: Role; projectId: string },
  options: { replace: boolean },
): Promise<string> {
  const planned = await planAlignment(documentId, englishText, user.role, options);
  const input: z.infer<typeof alignJobInput> = {
    english: englishText,
    replace: options.replace,
    structureVersion: planned.structureVersion,
    translated: planned.counts.translated,
    approved: planned.counts.approved,
  };
  return enqueueJob({ kind: "align", projectId: user.projectId, documentId, requestedById: user.id, total: planned.hindiCount, input });
}

/** How often a running alignment writes its progress: often enough for a bar, rarely enough to cost nothing. */
const PROGRESS_EVERY_MS = 250;

/**
 * The worker's side of an alignment job: aligns with progress, then commits in the job's one
 * transaction, where the requester's membership is read again (locked), so a person removed from the
 * project meanwhile changes nothing (requesterLeft), and a document changed since the request was
 * accepted is refused (documentChanged).
 */
export async function runAlignmentJob(job: JobContext): Promise<void> {
  const input = alignJobInput.parse(job.input);
  const documentId = job.documentId;
  if (!documentId) throw new AppError("NOT_FOUND", "The alignment job names no document.", { reason: "documentNotFound" });
  const english = segmentEnglish(input.english);
  const [hindi, glossary] = await Promise.all([loadHindi(documentId), loadGlossaryPairs()]);
  const plan = { english, hindi };
  await job.progress(0, hindi.length);
  const steps = alignSentencesInSteps(hindi, english, { glossary });
  let last = Date.now();
  let step = steps.next();
  for (; !step.done; step = steps.next()) {
    if (Date.now() - last < PROGRESS_EVERY_MS) continue;
    await job.progress(step.value.done, step.value.total);
    last = Date.now();
  }
  const aligned = toRows(plan, step.value);
  await job.progress(hindi.length, hindi.length);
  await job.finish(
    async (tx) => {
      const actor = await lockRequester(tx, job.projectId, job.requestedById);
      const report = await commitAlignment(tx, documentId, plan, aligned, actor, { replace: input.replace }, { accepted: input });
      return { ...report };
    },
    { timeout: ALIGN_TIMEOUT_MS },
  );
}

interface UnitCounts {
  translated: number;
  approved: number;
  draft: number;
  rejected: number;
}

/**
 * Realigning deletes every unit: the policy decides whether this actor may delete units in the
 * states present (a translator may not delete approved ones), then replacing translated work needs
 * the person's confirmation, which is told how many units (and how many approved) will be lost.
 */
function assertMayReplace(role: Role, counts: UnitCounts, replace: boolean): void {
  const refusal = realignRefusal(role, {
    draft: counts.draft,
    approved: counts.approved,
    rejected: counts.rejected,
    translated: counts.translated,
  });
  if (refusal) throw refusal;
  if (counts.translated > 0 && !replace) {
    throw new AppError(
      "CONFLICT",
      `The document already has ${counts.translated} translated unit(s), ${counts.approved} of them approved; confirm to replace them with the alignment.`,
      { reason: "hasTranslations", translated: counts.translated, approved: counts.approved },
    );
  }
}
