"use client";

import { useState } from "react";
import { postFormWithProgress } from "./post-form";
import type { UploadPhase } from "./upload-progress";

/**
 * Posts a form with upload progress and tracks its phase for <UploadProgress>. Resolves to the
 * response, or null when the network failed. With `keepBusyOnSuccess` the phase stays busy after
 * a 2xx answer, for forms that navigate away (so the button cannot be pressed twice).
 */
export function useProgressUpload() {
  const [phase, setPhase] = useState<UploadPhase>({ kind: "idle" });

  async function upload(url: string, body: FormData, options: { keepBusyOnSuccess?: boolean } = {}) {
    setPhase({ kind: "uploading", percent: 0 });
    let result: { status: number; json: unknown } | null = null;
    try {
      result = await postFormWithProgress(
        url,
        body,
        (percent) => setPhase({ kind: "uploading", percent }),
        () => setPhase({ kind: "working" }),
      );
    } catch {
      result = null;
    }
    const succeeded = result !== null && result.status >= 200 && result.status < 300;
    if (!(succeeded && options.keepBusyOnSuccess)) setPhase({ kind: "idle" });
    return result;
  }

  return { phase, upload };
}
