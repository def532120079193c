/**
 * The one error type of Setu. Expected failures travel as a code (translated by the UI through
 * next-intl, mapped to an HTTP status for route handlers and to an exit code for the CLI) plus an
 * English message that names the problem for logs and the CLI.
 */
export const errorStatus = {
  BAD_INPUT: 400,
  EMPTY_TEXT: 400,
  NOT_UTF8: 400,
  BINARY_FILE: 400,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  MALFORMED_FILE: 400,
  UNSAFE_XML: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
  DATABASE_UNAVAILABLE: 503,
  CONFIG: 500,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
