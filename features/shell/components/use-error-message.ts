"use client";

import { useTranslations } from "next-intl";
import { describeError, type ErrorTranslator, type ReceivedError } from "@/lib/describe-error";
import type { ErrorCode, ErrorReason } from "@/lib/errors";

export { reasonOf } from "@/lib/describe-error";

/** A failed server action or route handler, as the client receives it (lib/errors.ts's envelope). */
export type ActionFailure = { ok: false; code: ErrorCode; reason: ErrorReason | null; message: string; details?: Record<string, unknown> };

/** describeError() with the page's translator: an error's reason (or code) as a message in the UI language. */
export function useErrorMessage(): (failure: ReceivedError) => string {
  const t = useTranslations("errors");
  const translate: ErrorTranslator = (key, values) => t(key, values);
  return (failure) => describeError(translate, failure);
}
