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

/**
 * The first line of what an error says about itself. Some errors carry no message at all (an
 * AggregateError from a refused connection, a thrown string, an object): name them by code or
 * class rather than print "undefined" or nothing.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message?.split("\n")[0]?.trim();
    if (message) return message;
    const code = (error as { code?: unknown }).code;
    if (error instanceof AggregateError && error.errors.length > 0) return describeError(error.errors[0]);
    if (error.cause) return describeError(error.cause);
    return code ? `${error.name} ${code}` : `${error.name} without a message`;
  }
  if (typeof error === "string" && error.trim()) return error.split("\n")[0];
  if (error && typeof error === "object") {
    const { message, code } = error as { message?: unknown; code?: unknown };
    if (typeof message === "string" && message.trim()) return message.split("\n")[0];
    if (typeof code === "string") return code;
  }
  return `unknown error (${String(error)})`;
}
