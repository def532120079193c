import "server-only";
import { getGlossarySnapshot } from "@/features/glossary/data";
import { checkConsistency } from "@/lib/glossary/consistency";
import { prisma } from "@/lib/server/prisma";

const BATCH = 5_000;

/**
 * Units whose English misses a glossary term found in their Hindi, or uses a forbidden one.
 * Reads the document in keyset batches and matches in one pass per sentence (the matcher is
 * built once per glossary version), so it scales to long documents.
 */
export async function unitsWithTermIssues(documentId: string): Promise<number[]> {
  const { matcher, byId, entries } = await getGlossarySnapshot();
  if (entries.length === 0) return [];
  const result: number[] = [];
  let after = -1;
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: number; first: number; english: string; hindi: string[] }[]>`
      SELECT u.id, u.first_sentence AS first, u.english,
             array(SELECT s.text FROM sentence s WHERE s.document_id = u.document_id
                     AND s.position BETWEEN u.first_sentence AND u.last_sentence ORDER BY s.position) AS hindi
      FROM unit u
      WHERE u.document_id = ${documentId} AND u.first_sentence > ${after} AND u.english <> ''
      ORDER BY u.first_sentence LIMIT ${BATCH}`;
    for (const row of rows) {
      const matches = row.hindi.flatMap((text) => matcher.match(text));
      if (matches.length && checkConsistency(matches, byId, row.english).length) result.push(row.id);
    }
    if (rows.length < BATCH) break;
    after = rows[rows.length - 1].first;
  }
  return result;
}
