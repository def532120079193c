import "server-only";

/**
 * What a database failure means for the caller, whichever layer it surfaced through (Prisma's
 * client, its pg adapter, or the raw pg pool):
 *  - "conflict": a deadlock (40P01) or serialisation failure (40001): the transaction can be retried;
 *  - "busy": no pooled connection was free in time: try again shortly (503 with Retry-After);
 *  - null: anything else.
 */
export type DatabaseFailure = "conflict" | "busy" | null;

const retryable = new Set(["40P01", "40001"]);

interface MaybeDbError {
  code?: unknown;
  message?: unknown;
  meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
  cause?: unknown;
}

export function classifyDatabaseError(error: unknown): DatabaseFailure {
  for (
    let e = error as MaybeDbError | undefined, depth = 0;
    e && typeof e === "object" && depth < 4;
    e = e.cause as MaybeDbError, depth++
  ) {
    const cause = e.meta?.driverAdapterError?.cause;
    const codes = [e.code, e.meta?.code, cause?.originalCode];
    if (codes.some((c) => typeof c === "string" && retryable.has(c))) return "conflict";
    // P2034: Prisma's own "write conflict or deadlock" for model queries inside a transaction.
    if (e.code === "P2034" || cause?.kind === "TransactionWriteConflict") return "conflict";
    // P2028 "Unable to start a transaction in the given time"; P2024 "Timed out fetching a new
    // connection from the pool"; pg's own pool timeout.
    if (e.code === "P2028" || e.code === "P2024") return "busy";
    if (typeof e.message === "string" && /timeout exceeded when trying to connect/i.test(e.message)) return "busy";
  }
  return null;
}

/** Seconds a client should wait before trying again when the database is busy. */
export const BUSY_RETRY_AFTER_SECONDS = 2;
