"use client";

import { failureFromJson } from "@/features/shell/components/post-form";
import type { ReceivedError } from "@/lib/describe-error";

/**
 * Asks a route to queue a job (202 with its id). The same job already queued or running for the
 * document (409 jobRunning, with its id) is as good: the page follows that one instead.
 */
export async function startJob(url: string, body?: unknown): Promise<{ ok: true; jobId: string } | { ok: false; failure: ReceivedError }> {
  let status: number;
  let json: unknown;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    status = response.status;
    json = await response.json().catch(() => null);
  } catch {
    return { ok: false, failure: { code: "NETWORK" } };
  }
  if (status === 202) return { ok: true, jobId: String((json as { jobId: string }).jobId) };
  const failure = failureFromJson(json);
  const running = failure.reason === "jobRunning" ? failure.details?.jobId : undefined;
  if (typeof running === "string") return { ok: true, jobId: running };
  return { ok: false, failure };
}
