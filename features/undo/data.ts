import "server-only";
import { prisma, type Tx } from "@/lib/server/prisma";
import type { UndoKind, UndoTop } from "./types";

/** The newest operation this person may undo in this document, or null. */
export async function loadUndoTop(userId: string, documentId: string, db: Tx | typeof prisma = prisma): Promise<UndoTop | null> {
  const rows = await db.$queryRaw<{ id: number; kind: UndoKind; unitId: number; units: number }[]>`
    SELECT id, kind, (payload->>'primary')::int AS "unitId", jsonb_array_length(payload->'after')::int AS units
    FROM undo_entry WHERE user_id = ${userId} AND document_id = ${documentId}
    ORDER BY id DESC LIMIT 1`;
  return rows[0] ?? null;
}
