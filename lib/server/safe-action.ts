import "server-only";
import type { z } from "zod";
import { AppError, type ErrorCode } from "@/lib/errors";
import { logError } from "./log";
import { type CurrentUser, type Role, requireRole, requireUser } from "./session";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> };

export function failure(error: unknown): { ok: false; code: ErrorCode; message: string; details?: Record<string, unknown> } {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, details: error.details };
  }
  logError("action failed", error);
  return { ok: false, code: "INTERNAL", message: "Something went wrong on the server." };
}

interface ActionOptions<S extends z.ZodType> {
  input: S;
  /** Roles allowed to call it; omit for any signed-in user; `null` for no session needed. */
  roles?: Role[] | null;
}

/**
 * The one way in for every mutation: check the session and role on the server, validate the input
 * with its zod schema, then run. Expected errors travel as codes the client translates; anything
 * else is logged and reported generically (never a stack or raw message to the browser).
 */
export function safeAction<S extends z.ZodType, T>(
  options: ActionOptions<S>,
  run: (input: z.infer<S>, user: CurrentUser | null) => Promise<T>,
): (raw: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    try {
      let user: CurrentUser | null = null;
      if (options.roles !== null) {
        user = options.roles ? await requireRole(...options.roles) : await requireUser();
      }
      const parsed = options.input.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError("BAD_INPUT", `${issue.path.join(".") || "input"}: ${issue.message}`, {
          field: issue.path.join("."),
          issue: issue.message,
        });
      }
      return { ok: true, data: await run(parsed.data, user) };
    } catch (error) {
      return failure(error);
    }
  };
}
