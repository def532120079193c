"use client";

import { useTranslations } from "next-intl";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import type { ErrorCode, ErrorReason } from "@/lib/errors";
import type { JobView } from "../schema";

/**
 * Why a finished job did not succeed, in the UI's language (its kind names what stopped): the error
 * the worker stored, or that it was cancelled. Null while it runs and once it succeeded.
 */
export function useJobOutcome(): (job: JobView) => string | null {
  const t = useTranslations("jobs");
  const errorMessage = useErrorMessage();
  return (job) => {
    if (job.state === "cancelled") return t("cancelled", { kind: job.kind });
    if (job.state !== "failed" || !job.error) return null;
    const failure = {
      ok: false as const,
      code: job.error.code as ErrorCode,
      reason: job.error.reason as ErrorReason,
      message: "",
      details: job.error.details,
    };
    return t("failed", { kind: job.kind, message: errorMessage(failure) });
  };
}
