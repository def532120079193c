import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { containsPattern } from "@/lib/search/contains-pattern";
import { prisma } from "@/lib/server/prisma";
import type { DocumentListQuery } from "./schema";

export interface DocumentSummary {
  id: string;
  title: string;
  projectId: string;
  projectName: string;
  sourceLang: string;
  targetLang: string;
  sentenceCount: number;
  wordCount: number;
  createdAt: Date;
  updatedAt: Date;
  units: number;
  draft: number;
  translated: number;
  approved: number;
  rejected: number;
}

/** What the document page needs beside the summary: which file it came from (for the export's choices). */
export type DocumentPageSummary = DocumentSummary & { sourceFormat: string; paragraphCount: number; withEnglish: number };

const orderBy: Record<DocumentListQuery["sort"], Prisma.Sql> = {
  activity: Prisma.sql`"updatedAt" DESC`,
  title: Prisma.sql`lower(d.title) ASC`,
  created: Prisma.sql`d.created_at DESC`,
  size: Prisma.sql`d.sentence_count DESC`,
};

/**
 * Documents with their progress, counted from unit statuses in one query. Last activity is the
 * latest change to the document or any of its units (edits do not touch the document row).
 */
export async function loadDocuments(query: DocumentListQuery, projectIds: string[] | null): Promise<DocumentSummary[]> {
  // projectIds: the projects the reader belongs to (null: an administrator, every project).
  const conditions = [
    ...(projectIds ? [Prisma.sql`d.project_id = ANY(${projectIds}::text[])`] : []),
    ...(query.q ? [Prisma.sql`d.title ILIKE ${containsPattern(query.q)}`] : []),
  ];
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await prisma.$queryRaw<DocumentSummary[]>`
    SELECT d.id, d.title, d.project_id AS "projectId", p.name AS "projectName", d.source_lang AS "sourceLang", d.target_lang AS "targetLang",
           d.sentence_count AS "sentenceCount", d.word_count AS "wordCount",
           d.created_at AS "createdAt", GREATEST(d.updated_at, c.last_unit) AS "updatedAt",
           c.units, c.draft, c.translated, c.approved, c.rejected
    FROM document d JOIN project p ON p.id = d.project_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS units,
             count(*) FILTER (WHERE status = 'draft')::int AS draft,
             count(*) FILTER (WHERE status = 'translated')::int AS translated,
             count(*) FILTER (WHERE status = 'approved')::int AS approved,
             count(*) FILTER (WHERE status = 'rejected')::int AS rejected,
             max(u.updated_at) AS last_unit
      FROM unit u WHERE u.document_id = d.id
    ) c
    ${where}
    ORDER BY ${orderBy[query.sort]}, d.id
    LIMIT 500`;
  return rows;
}

/** Whether a document with this id exists (pages check it before they start streaming). */
export async function documentExists(documentId: string): Promise<boolean> {
  return (await prisma.document.count({ where: { id: documentId } })) > 0;
}

export async function loadDocumentSummary(documentId: string): Promise<DocumentPageSummary | null> {
  const rows = await prisma.$queryRaw<DocumentPageSummary[]>`
    SELECT d.id, d.title, d.project_id AS "projectId", p.name AS "projectName", d.source_lang AS "sourceLang", d.target_lang AS "targetLang", d.source_format::text AS "sourceFormat",
           d.sentence_count AS "sentenceCount", d.word_count AS "wordCount",
           d.created_at AS "createdAt", GREATEST(d.updated_at, max(u.updated_at)) AS "updatedAt",
           count(u.id)::int AS units,
           count(*) FILTER (WHERE u.status = 'draft')::int AS draft,
           count(*) FILTER (WHERE u.status = 'translated')::int AS translated,
           count(*) FILTER (WHERE u.status = 'approved')::int AS approved,
           count(*) FILTER (WHERE u.status = 'rejected')::int AS rejected,
           count(*) FILTER (WHERE btrim(u.english) <> '')::int AS "withEnglish",
           (SELECT count(DISTINCT s.paragraph) FROM sentence s WHERE s.document_id = d.id)::int AS "paragraphCount"
    FROM document d JOIN project p ON p.id = d.project_id LEFT JOIN unit u ON u.document_id = d.id
    WHERE d.id = ${documentId}
    GROUP BY d.id, p.name`;
  return rows[0] ?? null;
}

export const SENTENCE_PAGE_SIZE = 200;

export async function loadSentences(documentId: string, page: number) {
  return prisma.sentence.findMany({
    where: { documentId, position: { gte: page * SENTENCE_PAGE_SIZE, lt: (page + 1) * SENTENCE_PAGE_SIZE } },
    orderBy: { position: "asc" },
    select: { position: true, paragraph: true, kind: true, text: true },
  });
}
