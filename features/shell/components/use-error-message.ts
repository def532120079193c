"use client";

import { useTranslations } from "next-intl";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";
import { type ErrorEnvelope, type ErrorReason, isErrorReason } from "@/lib/errors";

/** A failed server action or route handler, as the client receives it (lib/errors.ts's envelope). */
export type ActionFailure = { ok: false } & ErrorEnvelope;

// The reasons with a message of their own in messages/*.json "errors"; others fall back to the code's message.
const specificReasons = [
  "emailTaken",
  "invalidEmail",
  "weakPassword",
  "wrongCredentials",
  "nameRequired",
  "lastAdmin",
  "duplicateTerm",
  "staleEntry",
  "hindiRequired",
  "englishRequired",
  "termRequired",
  "duplicateEnglish",
  "glossaryFileType",
  "noEntries",
  "crossOrigin",
  "busy",
  "concurrentChange",
  "approvedLocked",
  "reviewerOnly",
  "signInThrottled",
] as const satisfies readonly ErrorReason[];
type SpecificReason = (typeof specificReasons)[number];
const isSpecific = (reason: ErrorReason | null): reason is SpecificReason =>
  reason !== null && (specificReasons as readonly string[]).includes(reason);

/** The reason of a failure: the envelope's, or (from an older body) the one inside its details. */
export function reasonOf(failure: Pick<ErrorEnvelope, "reason" | "details">): ErrorReason | null {
  if (failure.reason) return failure.reason;
  const inDetails = failure.details?.reason ?? failure.details?.issue;
  return isErrorReason(inDetails) ? inDetails : null;
}

/** Turns an action's error code (and optional reason) into a message in the UI language. */
export function useErrorMessage(): (failure: Pick<ErrorEnvelope, "code" | "reason" | "message" | "details">) => string {
  const t = useTranslations("errors");
  return (failure) => {
    const reason = reasonOf(failure);
    if (isSpecific(reason)) {
      return t(reason, { min: MIN_PASSWORD_LENGTH, seconds: Number(failure.details?.retryAfter ?? 0) });
    }
    return t(failure.code, { detail: failure.message });
  };
}
