import "server-only";
import { AppError, type ErrorEnvelope, inputError } from "@/lib/errors";
import { isEntityId, parseRowId } from "@/lib/ids";
import { BUSY_RETRY_AFTER_SECONDS, classifyDatabaseError } from "./database-errors";
import { requestClient, runAsClient } from "./live-client";
import { logError } from "./log";
import { assertBodyType, assertMediaType, assertSameOrigin } from "./request-guard";
import { busyError } from "./transaction";

/**
 * Maps AppError codes to HTTP statuses for route handlers; a database that refused for concurrency
 * becomes 409 and a pool with no free connection 503 (with Retry-After); anything else is a 500.
 */
export function errorResponse(error: unknown): Response {
  const failure = error instanceof AppError ? null : classifyDatabaseError(error);
  if (failure === "conflict") {
    error = new AppError("CONFLICT", "Someone else changed this at the same moment; try again.", { reason: "concurrentChange" });
  } else if (failure === "busy") {
    error = busyError();
  }
  if (error instanceof AppError) {
    const headers = new Headers();
    if (error.status === 503) headers.set("Retry-After", String(error.details?.retryAfter ?? BUSY_RETRY_AFTER_SECONDS));
    return Response.json({ error: error.toEnvelope() }, { status: error.status, headers });
  }
  logError("route failed", error);
  const internal: ErrorEnvelope = { code: "INTERNAL", reason: "internal", message: "Something went wrong on the server." };
  return Response.json({ error: internal }, { status: 500 });
}

/**
 * The one wrapper of every route handler: refuses cross-origin state changes and body types no
 * route reads before anything else runs, and turns errors into the JSON error envelope. A request from an
 * editor tab names the tab (lib/server/live-client.ts): its writes ring as that tab's own.
 */
export function handle<A extends [Request, ...unknown[]]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      assertSameOrigin(args[0]);
      assertBodyType(args[0]);
      await assertPlainParams(args[1]);
      return await runAsClient(requestClient(args[0]), () => fn(...args));
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body and validates it; a bad body is a BAD_INPUT naming the field. */
export async function readJson<T>(
  request: Request,
  schema: {
    safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
): Promise<T> {
  assertMediaType(request, "application/json");
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new AppError("BAD_INPUT", "The request body is not valid JSON.", { reason: "badJson" });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw inputError(parsed.error.issues[0], "body");
  return parsed.data;
}

/** A numeric row id from the URL: a positive 32-bit integer, or 400 before any query. */
export function parseId(raw: string, what = "id"): number {
  const id = parseRowId(raw);
  if (id === null) throw new AppError("BAD_INPUT", `${JSON.stringify(raw.slice(0, 40))} is not a valid ${what}.`, { reason: "badId" });
  return id;
}

/**
 * Every dynamic segment of a route is an id ([id]): one that could name nothing Setu stores (a
 * NUL, a slash, a kilobyte of text) is answered 404 by the wrapper, before any route code runs.
 */
async function assertPlainParams(context: unknown): Promise<void> {
  const params = (context as { params?: Promise<Record<string, string | string[]>> } | undefined)?.params;
  if (!params) return;
  for (const value of Object.values(await params)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!isEntityId(v))
        throw new AppError("NOT_FOUND", `Nothing is stored under ${JSON.stringify(v.slice(0, 40))}.`, { reason: "badId" });
    }
  }
}
