import { AppError, type ErrorCode } from "@/lib/errors";
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

export function reportAndExit(error: unknown): never {
  if (error instanceof AppError) {
    process.stderr.write(`setu: ${error.message}\n`);
    process.exit(exitCodes[error.code] ?? 1);
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`setu: internal error: ${message.split("\n")[0]}\n`);
  if (debug) console.error(error);
  process.exit(1);
}

export function usageError(message: string): AppError {
  return new AppError("BAD_INPUT", message);
}
