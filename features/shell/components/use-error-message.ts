"use client";

import { useTranslations } from "next-intl";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/password";
import type { ErrorCode } from "@/lib/errors";

export interface ActionFailure {
  ok: false;
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

const specificReasons = new Set([
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
]);

/** Turns an action's error code (and optional reason) into a message in the UI language. */
export function useErrorMessage(): (failure: ActionFailure) => string {
  const t = useTranslations("errors");
  return (failure) => {
    const reason = (failure.details?.reason ?? failure.details?.issue) as string | undefined;
    if (reason && specificReasons.has(reason)) {
      return t(reason as "weakPassword", { min: MIN_PASSWORD_LENGTH, seconds: Number(failure.details?.retryAfter ?? 0) });
    }
    return t(failure.code, { detail: failure.message });
  };
}
