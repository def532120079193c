"use client";

import type { ReplaceApply, ReplaceQuery } from "@/features/replace/schema";
import type { ReplacePreview, ReplaceResult } from "@/features/replace/types";
import type { CommentView } from "@/features/review/types";
import type { UndoTop } from "@/features/undo/types";
import type { UnitStatus } from "@/lib/editor/status";
import type { ErrorCode, ErrorReason } from "@/lib/errors";
import { CLIENT_HEADER } from "@/lib/live/client-id";
import type { ChangesResponse, EditorUnit, StructureResult, UnitIndex } from "../types";
import { tabClient } from "./tab-client";

export type { CommentView };

export interface ApiError {
  code: ErrorCode | "NETWORK";
  reason?: ErrorReason | null;
  message: string;
  details?: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; error: ApiError };

/** Every request names this tab, so the live ring its writes cause is skipped by its own stream. */
function headers(json: boolean): Record<string, string> {
  return json ? { "content-type": "application/json", [CLIENT_HEADER]: tabClient() } : { [CLIENT_HEADER]: tabClient() };
}

async function call<T>(url: string, init?: RequestInit): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: headers(Boolean(init?.body)),
      cache: "no-store",
    });
  } catch {
    return { ok: false, status: 0, error: { code: "NETWORK", message: "network" } };
  }
  if (response.status === 204) return { ok: true, data: undefined as T };
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    return { ok: false, status: response.status, error: body?.error ?? { code: "INTERNAL", message: "" } };
  }
  return { ok: true, data: body as T };
}

export const api = {
  index: (documentId: string, query: string) => call<UnitIndex>(`/api/documents/${documentId}/index?${query}`),
  units: (documentId: string, ids: number[]) => call<EditorUnit[]>(`/api/documents/${documentId}/units?ids=${ids.join(",")}`),
  changes: (documentId: string, since: string) =>
    call<ChangesResponse>(`/api/documents/${documentId}/changes?since=${encodeURIComponent(since)}`),
  presence: (documentId: string, unitId: number | null) =>
    call<void>(`/api/documents/${documentId}/presence`, { method: "POST", body: JSON.stringify({ unitId }) }),
  leave: (documentId: string) =>
    fetch(`/api/documents/${documentId}/presence`, { method: "DELETE", keepalive: true, headers: headers(false) }),
  save: (unitId: number, english: string, version: number, markTranslated: boolean) =>
    call<EditorUnit>(`/api/units/${unitId}`, { method: "PUT", body: JSON.stringify({ english, version, markTranslated }) }),
  merge: (unitId: number, version: number, nextVersion: number) =>
    call<StructureResult>(`/api/units/${unitId}/merge`, { method: "POST", body: JSON.stringify({ version, nextVersion }) }),
  split: (unitId: number, version: number, at: number, englishFirst: string, englishSecond: string) =>
    call<StructureResult>(`/api/units/${unitId}/split`, {
      method: "POST",
      body: JSON.stringify({ version, at, englishFirst, englishSecond }),
    }),
  move: (unitId: number, version: number, neighbourVersion: number, direction: "first-to-previous" | "last-to-next") =>
    call<StructureResult>(`/api/units/${unitId}/move`, {
      method: "POST",
      body: JSON.stringify({ version, neighbourVersion, direction }),
    }),
  undoTop: (documentId: string) => call<{ undo: UndoTop | null }>(`/api/documents/${documentId}/undo`),
  undo: (documentId: string, entryId: number) =>
    call<StructureResult & { undo: UndoTop | null }>(`/api/documents/${documentId}/undo`, {
      method: "POST",
      body: JSON.stringify({ entryId }),
    }),
  replacePreview: (documentId: string, query: Partial<ReplaceQuery> & Pick<ReplaceQuery, "find" | "replace">) =>
    call<ReplacePreview>(`/api/documents/${documentId}/replace/preview`, { method: "POST", body: JSON.stringify(query) }),
  replace: (documentId: string, input: Partial<ReplaceApply> & Pick<ReplaceApply, "find" | "replace" | "units">) =>
    call<ReplaceResult>(`/api/documents/${documentId}/replace`, { method: "POST", body: JSON.stringify(input) }),
  review: (unitId: number, action: "approve" | "reject" | "reopen", version: number, comment = "") =>
    call<EditorUnit>(`/api/units/${unitId}/review`, { method: "POST", body: JSON.stringify({ action, version, comment }) }),
  comments: (unitId: number) => call<CommentView[]>(`/api/units/${unitId}/comments`),
  addComment: (unitId: number, body: string, parentId: number | null) =>
    call<{ id: number }>(`/api/units/${unitId}/comments`, { method: "POST", body: JSON.stringify({ body, parentId }) }),
  resolveComment: (commentId: number, resolved: boolean) =>
    call<void>(`/api/comments/${commentId}`, { method: "PATCH", body: JSON.stringify({ resolved }) }),
  bulkApprove: (documentId: string, withoutQaErrors: boolean, withoutOpenComments: boolean) =>
    call<{ approved: number }>(`/api/documents/${documentId}/bulk-approve`, {
      method: "POST",
      body: JSON.stringify({ withoutQaErrors, withoutOpenComments }),
    }),
  qa: (unitId: number, body: { action: "ignore" | "unignore"; key: string; version: number; reason: string }) =>
    call<EditorUnit>(`/api/units/${unitId}/qa`, {
      method: "POST",
      body: JSON.stringify(body.action === "ignore" ? body : { action: body.action, key: body.key, version: body.version }),
    }),
  history: (unitId: number) =>
    call<{ version: number; english: string; status: UnitStatus; author: string | null; createdAt: string }[]>(
      `/api/units/${unitId}/history`,
    ),
};
