import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { insertUnits } from "@/features/documents/mutations";
import { alignSentences } from "@/lib/align/align";
import { beadsToUnits, countBeadShapes, joinEnglish } from "@/lib/align/to-units";
import type { GlossaryPair } from "@/lib/align/types";
import { AppError } from "@/lib/errors";
import { uploadLimitBytes } from "@/lib/server/env";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
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
  user: Pick<CurrentUser, "id">,
  options: { replace: boolean },
): Promise<AlignReport> {
  const maxBytes = uploadLimitBytes();
  if (Buffer.byteLength(englishText, "utf8") > maxBytes) {
    throw new AppError("TOO_LARGE", `The English text is over the limit of ${maxBytes} bytes.`, { limit: maxBytes });
  }
  const english = segmentEnglish(englishText);
  if (english.length === 0) throw new AppError("EMPTY_TEXT", "The English text is empty (nothing but whitespace).");

  const doc = await prisma.document.findUnique({ where: { id: documentId }, select: { id: true } });
  if (!doc) throw new AppError("NOT_FOUND", `No document with id ${documentId}.`);
  // Fail fast before the expensive part; the transaction checks again, atomically.
  if (!options.replace && (await prisma.unit.count({ where: { documentId, english: { not: "" } }, take: 1 })) > 0) {
    throw hasTranslations();
  }
  const [hindi, glossary] = await Promise.all([
    prisma.sentence.findMany({
      where: { documentId },
      orderBy: { position: "asc" },
      select: { position: true, paragraph: true, text: true },
    }),
    loadGlossaryPairs(),
  ]);
  if (hindi.length === 0) throw new AppError("EMPTY_TEXT", "The document has no Hindi sentences to align with.");

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

  const replaced = await prisma.$transaction(
    async (tx) => {
      // The DELETE both removes the old units (comments and versions cascade) and, having locked
      // them, counts the translated ones: a save that commits meanwhile is seen, never lost silently.
      const [{ translated }] = await tx.$queryRaw<{ translated: number }[]>`
        WITH gone AS (DELETE FROM unit WHERE document_id = ${documentId} RETURNING english)
        SELECT count(*) FILTER (WHERE english <> '')::int AS translated FROM gone`;
      if (translated > 0 && !options.replace) throw hasTranslations();
      await insertUnits(tx, documentId, rows, user.id);
      await tx.$executeRaw`
        UPDATE document SET structure_version = structure_version + 1, updated_at = now() WHERE id = ${documentId}`;
      await recordAudit(tx, {
        userId: user.id,
        action: "document.align",
        documentId,
        details: { hindiSentences: hindi.length, englishSentences: english.length, ...report, replaced: translated },
      });
      return translated;
    },
    { timeout: ALIGN_TIMEOUT_MS, maxWait: 10_000 },
  );
  return { ...report, replaced };
}

function hasTranslations(): AppError {
  return new AppError("CONFLICT", "The document already has English translations; confirm to replace them with the alignment.", {
    reason: "hasTranslations",
  });
}
