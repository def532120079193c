import { AppError, describeError, type ErrorCode } from "@/lib/errors";
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
  process.stderr.write(`setu: internal error: ${describeError(error)}\n`);
  if (debug) console.error(error);
  return 1;
}

export function usageError(message: string): AppError {
  return new AppError("BAD_INPUT", message);
}
