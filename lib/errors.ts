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
  "nothingToPropagate",
  "singleSentence",
  "undoStale",
  "notYourUndo",
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
  // added with the error contract's second half: every throw site has a reason
  "badJson",
  "noBody",
  "badQuery",
  "queryTooShort",
  "badSince",
  "badIds",
  "noDocumentsNamed",
  "internal",
  "configInvalid",
  "databaseUnreachable",
  "migrationFailed",
  "roleRequired",
  "userNotFound",
  "commentGone",
  "replyOtherUnit",
  "documentNotFound",
  "emptyText",
  "englishEmpty",
  "noHindiSentences",
  "fileTooLarge",
  "tooManyCharacters",
  "binaryFile",
  "notUtf8",
  "notUtf16",
  "badEncoding",
  "xmlMalformed",
  "xmlEntities",
  "notTmx",
  "notXliff",
  "notTbx",
  "srtNoCues",
  "srtBadLine",
  "csvUnclosedQuote",
  "csvTextAfterQuote",
  "entryGone",
  "proposalGone",
  "partOfSpeechTooLong",
  "entryNoHindi",
  "entryNoEnglish",
  "csvBadHeader",
  "csvColumns",
  "csvBadStatus",
  "csvHindiEmpty",
  "csvEnglishEmpty",
  "csvNoteDiffers",
  "csvStatusConflict",
  "fileNotFound",
  "notAFile",
  "fileUnreadable",
  "cliUsage",
  "managerOnly",
  "notFound",
  "lastManager",
  "staleAssignment",
  "notAMember",
  "notAReviewer",
  "noSuchAccount",
  "invalidDate",
  // invitations and the sign-up setting (#16: lib/invitations, lib/server/invitations.ts)
  "signUpInviteOnly",
  "invitationUnknown",
  "invitationUsed",
  "invitationRevoked",
  "invitationExpired",
  "invitationWrongEmail",
  "alreadyMember",
  // background jobs (features/jobs)
  "documentChanged",
  "requesterLeft",
  "workerLost",
  "jobFinished",
  "notYourJob",
  "jobRunning",
  "roleChanged",
  "exportExpired",
  "exportNotReady",
  // live updates (lib/server/live-stream.ts)
  "liveUnavailable",
  "badClient",
] as const;

export type ErrorReason = (typeof errorReasons)[number];

/**
 * The values a reason's message interpolates (ICU arguments in messages/*.json "errors.reasons"), which
 * its throw site must put in the details: data (line numbers, limits, names), never English sentences.
 * A reason not listed here has a message without arguments.
 */
export const reasonParams = {
  tooLarge: ["limit"],
  invalidInput: ["field"],
  badIds: ["limit"],
  migrationFailed: ["migration"],
  signInThrottled: ["retryAfter"],
  hasTranslations: ["translated", "approved"],
  fileTooLarge: ["limit"],
  tooManyCharacters: ["limit"],
  badEncoding: ["encoding"],
  xmlMalformed: ["line", "column"],
  srtBadLine: ["line"],
  csvUnclosedQuote: ["line"],
  csvTextAfterQuote: ["line"],
  termTooLong: ["max"],
  noteTooLong: ["max"],
  partOfSpeechTooLong: ["max"],
  entryNoEnglish: ["hindi"],
  csvBadHeader: ["line", "header"],
  csvColumns: ["line", "expected", "found"],
  csvBadStatus: ["line", "value", "allowed"],
  csvHindiEmpty: ["line"],
  csvEnglishEmpty: ["line"],
  csvNoteDiffers: ["line", "hindi"],
  csvStatusConflict: ["line", "english"],
  fileNotFound: ["file"],
  notAFile: ["file"],
  fileUnreadable: ["file"],
} as const satisfies Partial<Record<ErrorReason, readonly string[]>>;

const reasonSet: ReadonlySet<string> = new Set(errorReasons);
export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === "string" && reasonSet.has(value);
}

/** A value a message can interpolate: a number (formatted in the UI's locale) or a piece of data. */
export type ReasonParam = string | number;

type ParamsOf<R extends ErrorReason> = R extends keyof typeof reasonParams
  ? { [K in (typeof reasonParams)[R][number]]: ReasonParam }
  : unknown;

/**
 * What an error carries besides its code: its reason (required, so that every error the UI can meet
 * has a message of its own), the values that reason's message interpolates (required by reasonParams),
 * and whatever else the caller needs (a conflict's current text).
 */
export type ErrorDetails = { [R in ErrorReason]: { reason: R } & ParamsOf<R> }[ErrorReason] & Record<string, unknown>;

/**
 * The one error envelope of server actions (`{ ok: false, ...envelope }`) and route handlers
 * (`{ error: envelope }`). `message` is English for logs, the CLI and machine clients; the UI
 * shows the translation of `reason` (or of `code` when there is none) instead.
 */
export interface ErrorEnvelope {
  code: ErrorCode;
  reason: ErrorReason;
  message: string;
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  get reason(): ErrorReason {
    return this.details.reason;
  }

  toEnvelope(): ErrorEnvelope {
    return { code: this.code, reason: this.reason, message: this.message, details: this.details };
  }
}

/**
 * The BAD_INPUT for the first issue of a failed zod parse (server actions, JSON bodies). A schema's
 * own error names the reason (`{ error: "tooLong" }`); zod's built-in English does not and becomes
 * invalidInput with the field. A schema's reason carries no values, so one whose message needs some
 * is reported as invalidInput too rather than shown with holes.
 */
export function inputError(issue: { path: readonly PropertyKey[]; message: string }, what: string): AppError {
  const field = issue.path.map(String).join(".") || what;
  const message = `${field}: ${issue.message}`;
  if (isErrorReason(issue.message) && !(issue.message in reasonParams)) {
    // The reason is checked above to need no values, which the union of ErrorDetails cannot see.
    return new AppError("BAD_INPUT", message, { reason: issue.message, field, issue: issue.message } as ErrorDetails);
  }
  return new AppError("BAD_INPUT", message, { reason: "invalidInput", field, issue: issue.message });
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * The first line of what an error says about itself. Some errors carry no message at all (an
 * AggregateError from a refused connection, a thrown string, an object): name them by code or
 * class rather than print "undefined" or nothing.
 */
export function firstLineOf(error: unknown): string {
  if (error instanceof Error) {
    const message = error.message?.split("\n")[0]?.trim();
    if (message) return message;
    const code = (error as { code?: unknown }).code;
    if (error instanceof AggregateError && error.errors.length > 0) return firstLineOf(error.errors[0]);
    if (error.cause) return firstLineOf(error.cause);
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
