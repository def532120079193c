"use client";

import type { ApiResult } from "@/features/editor/components/api";

/** A JSON request in the editor's result shape (ok + data, or the error envelope). */
export async function requestJson<T>(url: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: body === undefined ? "GET" : "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, error: { code: "NETWORK", message: "network" } };
  }
  const json = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, status: response.status, error: json?.error ?? { code: "INTERNAL", message: "" } };
  return { ok: true, data: json as T };
}
