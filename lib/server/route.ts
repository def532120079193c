import "server-only";
import { AppError } from "@/lib/errors";
import { logError } from "./log";

/** Maps AppError codes to HTTP statuses for route handlers; anything unexpected becomes a 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ error: { code: error.code, message: error.message, details: error.details } }, { status: error.status });
  }
  logError("route failed", error);
  return Response.json({ error: { code: "INTERNAL", message: "Something went wrong on the server." } }, { status: 500 });
}

export function handle<A extends unknown[]>(fn: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await fn(...args);
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
  let raw: unknown;
  try {
    raw = await request.json();
  } catch {
    throw new AppError("BAD_INPUT", "The request body is not valid JSON.");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("BAD_INPUT", `${issue.path.join(".") || "body"}: ${issue.message}`, {
      field: issue.path.join("."),
      reason: issue.message,
    });
  }
  return parsed.data;
}

export function parseId(raw: string, what = "id"): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new AppError("BAD_INPUT", `${raw} is not a valid ${what}.`);
  return id;
}
