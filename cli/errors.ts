import { AppError, type ErrorCode, firstLineOf } from "@/lib/errors";
import { debug } from "./database";

/** CLI exit codes by error kind: 2 bad input, 3 not found/conflict, 4 permission, 5 database/config. */
const exitCodes: Partial<Record<ErrorCode, number>> = {
  BAD_INPUT: 2,
  EMPTY_TEXT: 2,
  NOT_UTF8: 2,
  BINARY_FILE: 2,
  TOO_LARGE: 2,
  MALFORMED_FILE: 2,
  UNSAFE_XML: 2,
  NOT_FOUND: 3,
  CONFLICT: 3,
  GONE: 3,
  FORBIDDEN: 4,
  UNAUTHENTICATED: 4,
  DATABASE_UNAVAILABLE: 5,
  CONFIG: 5,
};

/**
 * Writes one line about the error to stderr and returns the exit code. It never exits: the caller
 * sets process.exitCode, so what is still on its way to stdout (a pipe read slowly) gets there.
 */
export function reportError(error: unknown): number {
  if (error instanceof AppError) {
    process.stderr.write(`setu: ${error.message}\n`);
    return exitCodes[error.code] ?? 1;
  }
  if (isDatabaseError(error)) {
    process.stderr.write(`setu: database error: ${firstLineOf(error)}\n`);
    if (debug) console.error(error);
    return 5;
  }
  process.stderr.write(`setu: internal error: ${firstLineOf(error)}\n`);
  if (debug) console.error(error);
  return 1;
}

// SQLSTATE classes that mean "the database is not there or will not have us": connection (08),
// authorisation (28), unknown database (3D), resources (53), operator intervention (57).
const DATABASE_STATE_RE = /^(08|28|3D|53|57)/;
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "EPIPE"]);

/** A failure of the database or the way to it, whichever layer (pg, Prisma, its adapter) raised it. */
function isDatabaseError(error: unknown): boolean {
  for (
    let e = error as { name?: unknown; code?: unknown; cause?: unknown; errors?: unknown[] } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.name === "string" && (/^Prisma/.test(e.name) || e.name === "DriverAdapterError")) return true;
    if (typeof e.code === "string" && (DATABASE_STATE_RE.test(e.code) || NETWORK_CODES.has(e.code) || /^P1\d{3}$/.test(e.code)))
      return true;
    e = (e.cause ?? (Array.isArray(e.errors) ? e.errors[0] : undefined)) as typeof e;
  }
  return false;
}

export function usageError(message: string): AppError {
  return new AppError("BAD_INPUT", message, { reason: "cliUsage" });
}
