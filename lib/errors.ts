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

/**
 * Which expected failure an error is, beside its code: the code decides the HTTP status and exit
 * code, the reason decides the message the UI shows (translated on the client, never the server's
 * English). One closed list, so that a reason the client cannot translate is a type error.
 */
export const errorReasons = [
  // the request itself (lib/server/request-guard.ts, route.ts, upload.ts, transaction.ts)
  "crossOrigin",
  "contentType",
  "tooLarge",
  "badId",
  "invalidInput",
  "busy",
  "concurrentChange",
  "versionConflict",
  // accounts
  "signInRequired",
  "signInThrottled",
  "wrongCredentials",
  "emailTaken",
  "invalidEmail",
  "weakPassword",
  "nameRequired",
  "lastAdmin",
  // the unit policy (lib/editor/policy.ts) and editing
  "approvedLocked",
  "reviewerOnly",
  "badTransition",
  "nothingToApprove",
  "reasonRequired",
  "commentEmpty",
  "tooLong",
  "noNeighbour",
  "singleSentence",
  "badSplit",
  "unitGone",
  "notInDocument",
  "qaErrorsOpen",
  "qaQuery",
  "issueGone",
  // documents and files
  "titleRequired",
  "fileRequired",
  "fileType",
  "noDevanagari",
  "noText",
  "noUnits",
  "noHindiEnglish",
  "notHindiSource",
  "notDocx",
  "encrypted",
  "macros",
  "zipBomb",
  "srtNeedsOriginal",
  "paragraphMode",
  "hasTranslations",
  "nothingApproved",
  "nothingTranslated",
  // glossary
  "glossaryFileType",
  "noEntries",
  "duplicateTerm",
  "duplicateEnglish",
  "staleEntry",
  "hindiRequired",
  "englishRequired",
  "termRequired",
  "termTooLong",
  "noteTooLong",
  // projects
  "projectRequired",
  "projectNotFound",
  "noProject",
  "projectNameTaken",
  "projectNameRequired",
] as const;

export type ErrorReason = (typeof errorReasons)[number];

const reasonSet: ReadonlySet<string> = new Set(errorReasons);
export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === "string" && reasonSet.has(value);
}

/** What an error carries besides its code: its reason, and the values its message interpolates. */
export type ErrorDetails = { reason?: ErrorReason } & Record<string, unknown>;

/**
 * The one error envelope of server actions (`{ ok: false, ...envelope }`) and route handlers
 * (`{ error: envelope }`). `message` is English for logs, the CLI and machine clients; the UI
 * shows the translation of `reason` (or of `code` when there is none) instead.
 */
export interface ErrorEnvelope {
  code: ErrorCode;
  reason: ErrorReason | null;
  message: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details?: ErrorDetails;

  constructor(code: ErrorCode, message: string, details?: ErrorDetails) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  get reason(): ErrorReason | null {
    return this.details?.reason ?? null;
  }

  toEnvelope(): ErrorEnvelope {
    return { code: this.code, reason: this.reason, message: this.message, details: this.details };
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
