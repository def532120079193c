import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { insertUnits } from "@/features/documents/mutations";
import { invalidateDocumentQa } from "@/features/qa/mutations";
import { alignSentences } from "@/lib/align/align";
import { beadsToUnits, countBeadShapes, joinEnglish } from "@/lib/align/to-units";
import type { GlossaryPair } from "@/lib/align/types";
import { realignRefusal } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { uploadLimitBytes } from "@/lib/server/env";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { transact } from "@/lib/server/transaction";
import { segmentEnglish } from "@/lib/text/segment";
import { type AlignReport, LOW_CONFIDENCE } from "./schema";

const ALIGN_TIMEOUT_MS = 10 * 60_000;

async function loadGlossaryPairs(): Promise<GlossaryPair[]> {
  return prisma.$queryRaw<GlossaryPair[]>`
    SELECT e.hindi, t.english FROM glossary_entry e JOIN glossary_term t ON t.entry_id = e.id
    WHERE e.state = 'active' AND t.status = 'preferred'`;
}

/**
 * Replaces the units of a document with an automatic alignment of an existing English
 * translation. The aligner runs before the transaction (it is CPU work, seconds on a book); the
 * transaction then swaps all units at once, so editors see either the old units or the new ones.
 */
export async function alignDocumentWithEnglish(
  documentId: string,
  englishText: string,
  user: Pick<CurrentUser, "id" | "role">,
  options: { replace: boolean },
): Promise<AlignReport> {
  const maxBytes = uploadLimitBytes();
  if (Buffer.byteLength(englishText, "utf8") > maxBytes) {
    throw new AppError("TOO_LARGE", `The English text is over the limit of ${maxBytes} bytes.`, { reason: "tooLarge", limit: maxBytes });
  }
  const english = segmentEnglish(englishText);
  if (english.length === 0)
    throw new AppError("EMPTY_TEXT", "The English text is empty (nothing but whitespace).", { reason: "englishEmpty" });

  const doc = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`, { reason: "documentNotFound" });
  // Fail fast before the expensive part; the transaction checks again, on the locked rows.
  const before = await prisma.$queryRaw<UnitCounts[]>`
    SELECT count(*) FILTER (WHERE english <> '')::int AS translated, count(*) FILTER (WHERE status = 'approved')::int AS approved,
           count(*) FILTER (WHERE status = 'draft')::int AS draft, count(*) FILTER (WHERE status = 'rejected')::int AS rejected
    FROM unit WHERE document_id = ${documentId}`;
  assertMayReplace(user.role, before[0], options.replace);
  const [hindi, glossary] = await Promise.all([
    prisma.sentence.findMany({
      where: { documentId },
      orderBy: { position: "asc" },
      select: { position: true, paragraph: true, text: true },
    }),
    loadGlossaryPairs(),
  ]);
  if (hindi.length === 0)
    throw new AppError("EMPTY_TEXT", "The document has no Hindi sentences to align with.", { reason: "noHindiSentences" });

  const beads = alignSentences(hindi, english, { glossary });
  const units = beadsToUnits(beads);
  const englishTexts = english.map((s) => s.text);
  const rows = units.map((u) => ({
    first: hindi[u.first].position,
    last: hindi[u.last].position,
    english: joinEnglish(u, englishTexts),
    confidence: u.confidence,
  }));
  const report = {
    documentId,
    units: rows.length,
    lowConfidence: rows.filter((r) => r.confidence < LOW_CONFIDENCE).length,
    beads: countBeadShapes(beads),
  };

  const replaced = await transact(
    async (tx) => {
      // Lock order: the document row first (as every multi-unit operation does), then the units.
      await tx.$queryRaw`SELECT id FROM document WHERE id = ${documentId} FOR UPDATE`;
      // The DELETE both removes the old units (comments and versions cascade) and, having locked
      // them, counts what it removes: a save or an approval that commits meanwhile is seen, and the
      // policy is asked again on those rows (the rollback undoes the DELETE when it says no).
      const [gone] = await tx.$queryRaw<UnitCounts[]>`
        WITH gone AS (DELETE FROM unit WHERE document_id = ${documentId} RETURNING english, status)
        SELECT count(*) FILTER (WHERE english <> '')::int AS translated, count(*) FILTER (WHERE status = 'approved')::int AS approved,
               count(*) FILTER (WHERE status = 'draft')::int AS draft, count(*) FILTER (WHERE status = 'rejected')::int AS rejected
        FROM gone`;
      assertMayReplace(user.role, gone, options.replace);
      const translated = gone.translated;
      await insertUnits(tx, documentId, rows, user.id);
      // Every unit is new: nothing recorded against the old ones can be undone any more.
      await tx.$executeRaw`DELETE FROM undo_entry WHERE document_id = ${documentId}`;
      // New units: the document's QA is run again when it is next read (features/qa).
      await invalidateDocumentQa(tx, documentId);
      await tx.$executeRaw`
        UPDATE document SET structure_version = structure_version + 1, updated_at = now() WHERE id = ${documentId}`;
      await recordAudit(tx, {
        userId: user.id,
        action: "document.align",
        documentId,
        details: {
          hindiSentences: hindi.length,
          englishSentences: english.length,
          ...report,
          replaced: translated,
          approvedReplaced: gone.approved,
        },
      });
      return translated;
    },
    { timeout: ALIGN_TIMEOUT_MS, maxWait: 10_000 },
  );
  return { ...report, replaced };
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
