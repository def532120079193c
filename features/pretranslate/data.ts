import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { normaliseTmSource } from "@/lib/tm/tokenize";

export interface RepetitionSource {
  id: number;
  documentId: string;
  hindi: string;
  english: string;
  status: string;
  version: number;
  sentences: number;
}

/** A unit with its Hindi (its sentences joined), for comparing repetitions. */
export async function loadRepetitionSource(db: Tx | typeof prisma, unitId: number): Promise<RepetitionSource | null> {
  const rows = await db.$queryRaw<RepetitionSource[]>`
    SELECT u.id, u.document_id AS "documentId", u.english, u.status::text AS status, u.version,
      (u.last_sentence - u.first_sentence + 1)::int AS sentences,
      (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
        WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi
    FROM unit u WHERE u.id = ${unitId}`;
  return rows[0] ?? null;
}

/** A unit of the document with the same normalised Hindi as the source, as the editor and the propagation see it. */
export interface Repetition {
  id: number;
  version: number;
  english: string;
  status: string;
  first: number;
  last: number;
  needsReview: boolean;
  confidence: number | null;
  externalId: string | null;
  pretranslated: number | null;
}

/**
 * The untranslated repetitions of a unit in its document: other units whose Hindi is the same once
 * normalised as the memory normalises it (lib/tm: NFC, folding), that have no English and are not
 * approved. SQL narrows by what normalisation keeps (the number of sentences, the length within a
 * quarter); lib/tm decides. With `lock`, the rows are locked in sentence order (the caller holds the
 * document row, as Setu's lock order asks).
 */
export async function findRepetitions(db: Tx | typeof prisma, source: RepetitionSource, lock = false): Promise<Repetition[]> {
  const length = source.hindi.length;
  const rows = await db.$queryRaw<(Repetition & { hindi: string })[]>`
    SELECT u.id, u.version, u.english, u.status::text AS status, u.first_sentence AS first, u.last_sentence AS last,
      u.needs_review AS "needsReview", u.confidence, u.external_id AS "externalId", u.pretranslated,
      (SELECT string_agg(s.text, ' ' ORDER BY s.position) FROM sentence s
        WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence) AS hindi
    FROM unit u
    WHERE u.document_id = ${source.documentId} AND u.id <> ${source.id} AND u.english = '' AND u.status <> 'approved'
      AND u.last_sentence - u.first_sentence + 1 = ${source.sentences}
      AND (SELECT sum(length(s.text)) + count(*) - 1 FROM sentence s
            WHERE s.document_id = u.document_id AND s.position BETWEEN u.first_sentence AND u.last_sentence)
          BETWEEN ${Math.floor(length * 0.75)} AND ${Math.ceil(length * 1.25)}
    ORDER BY u.first_sentence
    ${lock ? Prisma.sql`FOR UPDATE OF u` : Prisma.empty}`;
  const norm = normaliseTmSource(source.hindi);
  return rows.filter((r) => norm !== "" && normaliseTmSource(r.hindi) === norm).map(({ hindi: _h, ...r }) => r);
}

/** GET /api/units/:id/repetitions: the ids of the unit's untranslated repetitions (the caller checked access). */
export async function loadRepetitions(unitId: number): Promise<number[]> {
  const source = await loadRepetitionSource(prisma, unitId);
  if (!source) throw new AppError("GONE", `Unit ${unitId} no longer exists.`, { reason: "unitGone", unitId });
  if (source.english.trim() === "" || (source.status !== "translated" && source.status !== "approved")) return [];
  return (await findRepetitions(prisma, source)).map((r) => r.id);
}

/** The account a CLI pre-translation acts as (its undo entry is theirs, in the editor), or a NOT_FOUND naming the email. */
export async function loadActingUser(email: string): Promise<CurrentUser> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!user) throw new AppError("NOT_FOUND", `No account with the email ${email}.`, { reason: "notFound" });
  return { ...user, role: user.role as Role };
}
