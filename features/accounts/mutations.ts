import "server-only";
import { recordAudit } from "@/features/audit/mutations";
import { AppError } from "@/lib/errors";
import { getAuth } from "@/lib/server/auth";
import { prisma } from "@/lib/server/prisma";
import type { RoleName } from "./schema";

export const MAX_FAILED_SIGN_INS = 5;
export const FAILED_SIGN_IN_WINDOW_MINUTES = 15;

interface AuthApiError {
  body?: { code?: string; message?: string };
  statusCode?: number;
}

function authErrorCode(error: unknown): string | undefined {
  return (error as AuthApiError)?.body?.code;
}

/** Creates a user with a hashed password (better-auth, scrypt). Throws CONFLICT for a used email. */
export async function createUser(
  input: { name: string; email: string; password: string; role?: RoleName },
  requestHeaders?: Headers,
): Promise<{ id: string }> {
  let userId: string;
  try {
    const result = await getAuth().api.signUpEmail({
      body: { name: input.name, email: input.email, password: input.password },
      headers: requestHeaders ?? new Headers(),
    });
    userId = result.user.id;
  } catch (error) {
    const code = authErrorCode(error);
    if (code?.includes("ALREADY_EXISTS")) {
      throw new AppError("CONFLICT", `An account with the email ${input.email} already exists.`, { reason: "emailTaken" });
    }
    if (code?.includes("PASSWORD")) {
      throw new AppError("BAD_INPUT", "The password is too weak.", { reason: "weakPassword" });
    }
    throw error;
  }
  if (input.role) {
    await prisma.$transaction(async (tx) => {
      await tx.user.update({ where: { id: userId }, data: { role: input.role } });
      await recordAudit(tx, { userId: null, action: "user.role", details: { target: userId, role: input.role, via: "cli" } });
    });
  }
  return { id: userId };
}

export async function assertSignInAllowed(email: string): Promise<void> {
  const since = new Date(Date.now() - FAILED_SIGN_IN_WINDOW_MINUTES * 60_000);
  const failures = await prisma.signInFailure.count({ where: { email, at: { gte: since } } });
  if (failures >= MAX_FAILED_SIGN_INS) {
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins for ${email}; wait ${FAILED_SIGN_IN_WINDOW_MINUTES} minutes.`);
  }
}

/** Signs in (setting the session cookie through next-cookies) and records failures for rate limiting. */
export async function signIn(email: string, password: string, requestHeaders: Headers): Promise<void> {
  await assertSignInAllowed(email);
  try {
    await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
  } catch (error) {
    const code = authErrorCode(error);
    if (code === "INVALID_EMAIL_OR_PASSWORD" || (error as AuthApiError)?.statusCode === 401) {
      await prisma.signInFailure.create({ data: { email } });
      throw new AppError("UNAUTHENTICATED", "Wrong email or password.", { reason: "wrongCredentials" });
    }
    throw error;
  }
  await prisma.signInFailure.deleteMany({ where: { email } });
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  await getAuth().api.signOut({ headers: requestHeaders });
}

/** Changes a role; the last admin cannot demote themselves, so an installation never loses its admin. */
export async function changeRole(actorId: string, userId: string, role: RoleName): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('setu:roles'))`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw new AppError("NOT_FOUND", `No user with id ${userId}.`);
    if (target.role === role) return;
    if (target.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin" } });
      if (admins <= 1) throw new AppError("CONFLICT", "The last administrator cannot give up the admin role.", { reason: "lastAdmin" });
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { userId: actorId, action: "user.role", details: { target: userId, from: target.role, to: role } });
  });
}
