import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";
import { prisma } from "./prisma";
import { asRole, findSessionUser, type UserScope } from "./session-lookup";

export type { Role, UserScope };

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** better-auth's own answer, for the requests where it has something to write (session-lookup.ts). */
async function askBetterAuth(requestHeaders: Headers): Promise<CurrentUser | null> {
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, name, role } = session.user as typeof session.user & { role?: string };
  return { id, email, name, role: asRole(role) };
}

/**
 * The signed-in user, looked up once per request (the layout and the page both ask). The session and
 * its user (role included) are read from the database on every request, without a cookie cache, so a
 * role change or a sign-out applies at once: in one query (session-lookup.ts), or through better-auth's
 * getSession whenever it has something to write (an expired session, the daily extension).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const requestHeaders = await headers();
  const found = await findSessionUser(requestHeaders);
  return found === "ask-better-auth" ? askBetterAuth(requestHeaders) : (found?.user ?? null);
});

function signInRequired(): AppError {
  return new AppError("UNAUTHENTICATED", "Sign in first.", { reason: "signInRequired" });
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw signInRequired();
  return user;
}

/**
 * The signed-in user (401 without one) and the first row `scope` reads about them — in the same query
 * as the session, for the routes an open editor calls every few seconds (features/projects/data.ts).
 */
export async function requireUserWith<R>(scope: UserScope): Promise<{ user: CurrentUser; scoped: R | null }> {
  const requestHeaders = await headers();
  const found = await findSessionUser<R>(requestHeaders, scope);
  if (found === null) throw signInRequired();
  if (found !== "ask-better-auth") return found;
  const user = await askBetterAuth(requestHeaders);
  if (!user) throw signInRequired();
  const [row] = await prisma.$queryRaw<R[]>(scope(Prisma.sql`${user.id}`));
  return { user, scoped: row ?? null };
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) {
    throw new AppError("FORBIDDEN", `This needs the role ${roles.join(" or ")}; you are ${user.role}.`, { reason: "roleRequired" });
  }
  return user;
}
