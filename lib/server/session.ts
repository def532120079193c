import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";
import { asRole, findSessionUser } from "./session-lookup";

export type { Role };

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
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
  if (found !== "ask-better-auth") return found;
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const { id, email, name, role } = session.user as typeof session.user & { role?: string };
  return { id, email, name, role: asRole(role) };
});

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.", { reason: "signInRequired" });
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) {
    throw new AppError("FORBIDDEN", `This needs the role ${roles.join(" or ")}; you are ${user.role}.`, { reason: "roleRequired" });
  }
  return user;
}
