import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/server/prisma";

export interface AuditEvent {
  userId: string | null;
  action: string;
  documentId?: string | null;
  unitId?: number | null;
  details?: Prisma.InputJsonValue;
}

/** Appends to the audit log inside the caller's transaction, so the log and the change commit together. */
export async function recordAudit(tx: Tx, event: AuditEvent): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: event.userId,
      action: event.action,
      documentId: event.documentId ?? null,
      unitId: event.unitId ?? null,
      details: event.details,
    },
  });
}
