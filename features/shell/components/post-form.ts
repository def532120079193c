"use client";

import type { ErrorEnvelope } from "@/lib/errors";
import type { ActionFailure } from "./use-error-message";

/**
 * Posts a multipart form with XMLHttpRequest rather than fetch: only XHR reports upload progress,
 * which is what a translator watching a book-sized file upload needs to see.
 */
export function postFormWithProgress(
  url: string,
  body: FormData,
  onProgress: (percent: number) => void,
  onUploaded: () => void,
): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.upload.onload = onUploaded;
    xhr.onload = () => resolve({ status: xhr.status, json: xhr.response });
    xhr.onerror = () => reject(new Error("network"));
    xhr.send(body);
  });
}

/** A route handler's error body as the failure shape the error-message hook translates. */
export function failureFromJson(json: unknown): ActionFailure {
  const error = (json as { error?: Partial<ErrorEnvelope> } | null)?.error;
  if (!error || typeof error.code !== "string") return { ok: false, code: "INTERNAL", reason: null, message: "" };
  return { ok: false, code: error.code, reason: error.reason ?? null, message: error.message ?? "", details: error.details };
}

/** The form's data without an empty file input (browsers send one when nothing was chosen). */
export function formDataWithoutEmptyFile(form: HTMLFormElement): FormData {
  const body = new FormData(form);
  const file = body.get("file");
  if (file instanceof File && file.size === 0) body.delete("file");
  return body;
}
