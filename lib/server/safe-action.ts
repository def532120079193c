import "server-only";
import type { z } from "zod";
import { AppError, type ErrorEnvelope, inputError } from "@/lib/errors";
import { logError } from "./log";
import { type CurrentUser, type Role, requireRole, requireUser } from "./session";

/** An action's answer: its data, or the one error envelope (lib/errors.ts) that route handlers send too. */
export type ActionResult<T> = { ok: true; data: T } | ({ ok: false } & ErrorEnvelope);

export function failure(error: unknown): { ok: false } & ErrorEnvelope {
  if (error instanceof AppError) return { ok: false, ...error.toEnvelope() };
  logError("action failed", error);
  return { ok: false, code: "INTERNAL", reason: "internal", message: "Something went wrong on the server." };
}

type Action<T> = (raw: unknown) => Promise<ActionResult<T>>;

function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw inputError(parsed.error.issues[0], "input");
}

/**
 * The one way in for every mutation: check the session and role on the server, validate the input
 * with its zod schema, then run with the signed-in user (of one of `roles` when given). Expected
 * errors travel as codes the client translates; anything else is logged and reported generically
 * (never a stack or raw message to the browser).
 */
export function safeAction<S extends z.ZodType, T>(
  options: { input: S; roles?: Role[] },
  run: (input: z.infer<S>, user: CurrentUser) => Promise<T>,
): Action<T> {
  return async (raw: unknown) => {
    try {
      const user = options.roles ? await requireRole(...options.roles) : await requireUser();
      return { ok: true, data: await run(parseInput(options.input, raw), user) };
    } catch (error) {
      return failure(error);
    }
  };
}

/** The same for the few actions that need no session: signing up, in and out. */
export function publicAction<S extends z.ZodType, T>(input: S, run: (input: z.infer<S>) => Promise<T>): Action<T> {
  return async (raw: unknown) => {
    try {
      return { ok: true, data: await run(parseInput(input, raw)) };
    } catch (error) {
      return failure(error);
    }
  };
}
