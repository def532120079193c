"use client";

import { useTranslations } from "next-intl";
import { reasonOf, useErrorMessage } from "@/features/shell/components/use-error-message";
import type { ErrorReason } from "@/lib/errors";
import type { ApiError } from "./api";
import type { SaveState } from "./unit-row";

/** Where a unit's save stands (nothing when idle), with a retry after a failure. */
export function SaveIndicator({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  const t = useTranslations("editor");
  if (state === "saving")
    return (
      <span className="save-state saving" data-testid="save-state">
        {t("saving")}
      </span>
    );
  if (state === "saved")
    return (
      <span className="save-state ok" data-testid="save-state">
        {t("saved")}
      </span>
    );
  if (state === "dirty")
    return (
      <span className="save-state muted" data-testid="save-state">
        {t("unsaved")}
      </span>
    );
  if (state === "failed")
    return (
      <span className="save-state error" data-testid="save-state">
        {t("failed")}{" "}
        <button type="button" className="link-button" onClick={onRetry}>
          {t("retry")}
        </button>
      </span>
    );
  return null;
}

// Refusals the editor explains in its own words (everything else goes through the shared messages).
const editorReasons = ["tooLong", "approvedLocked"] as const satisfies readonly ErrorReason[];
const isEditorReason = (reason: ErrorReason): reason is (typeof editorReasons)[number] =>
  (editorReasons as readonly string[]).includes(reason);

/** A refusal or failure, in the editor's words where it has its own. */
export function ErrorLine({ error }: { error: ApiError }) {
  const t = useTranslations("editor");
  const errorMessage = useErrorMessage();
  const reason = reasonOf({ reason: error.reason ?? null, details: error.details });
  const text = reason !== null && isEditorReason(reason) ? t(reason) : errorMessage(error);
  return (
    <p className="error" role="alert">
      {text}
    </p>
  );
}
