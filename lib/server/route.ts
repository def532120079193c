import "server-only";
import { AppError } from "@/lib/errors";
import { logError } from "./log";

/** Maps AppError codes to HTTP statuses for route handlers; anything unexpected becomes a 500. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json(
      { error: { code: error.code, message: error.message, details: error.details } },
      { status: error.status },
    );
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
