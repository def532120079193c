import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";
import { type ErrorCode, type ErrorReason, isErrorReason, type ReasonParam, reasonParams } from "@/lib/errors";

/**
 * An error as a client receives it: a route's or action's envelope (lib/errors.ts), or one the client
 * made itself (a failed fetch is NETWORK). An older body may carry its reason inside the details.
 */
export interface ReceivedError {
  code: ErrorCode | "NETWORK";
  reason?: ErrorReason | null;
  message?: string;
  details?: Record<string, unknown>;
}

/** The "errors" namespace of messages/*.json, as next-intl's or use-intl's translator reads it. */
export type ErrorTranslator = (key: `reasons.${ErrorReason}` | ErrorCode, values?: Record<string, ReasonParam>) => string;

/** Values a message needs that are the product's own constants, not data of one error. */
export const messageConstants = { min: MIN_PASSWORD_LENGTH } as const;

/** The reason of a failure: the envelope's, or (from an older body) the one inside its details. */
export function reasonOf(error: Pick<ReceivedError, "reason" | "details">): ErrorReason | null {
  if (error.reason) return error.reason;
  const inDetails = error.details?.reason ?? error.details?.issue;
  return isErrorReason(inDetails) ? inDetails : null;
}

/** The values a reason's message interpolates, taken from the error's details (data only: numbers and names). */
export function paramsOf(reason: ErrorReason, details: Record<string, unknown> | undefined): Record<string, ReasonParam> {
  const table: Partial<Record<ErrorReason, readonly string[]>> = reasonParams;
  const names = table[reason] ?? [];
  const values: Record<string, ReasonParam> = { ...messageConstants };
  for (const name of names) {
    const value = details?.[name];
    values[name] = typeof value === "number" || typeof value === "string" ? value : "";
  }
  return values;
}

/**
 * The one way an error becomes a message in the UI's language: its reason's message in
 * "errors.reasons" with the details as ICU values, or its code's message when it has no reason
 * (an unreadable body, a failed fetch). Never the server's English `message`.
 */
export function describeError(t: ErrorTranslator, error: ReceivedError): string {
  const reason = reasonOf(error);
  if (reason) return t(`reasons.${reason}`, paramsOf(reason, error.details));
  return t(error.code === "NETWORK" ? "INTERNAL" : error.code);
}
