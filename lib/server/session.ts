import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import type { Role } from "@/lib/editor/status";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";

export type { Role };

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user, looked up once per request (the layout and the page both ask). better-auth
 * reads the session and its user (role included) from the database, without a cookie cache, so a
 * role change applies at once.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const { id, email, name, role } = session.user as typeof session.user & { role?: string };
  return { id, email, name, role: isRole(role) ? role : "translator" };
});

function isRole(value: unknown): value is Role {
  return value === "translator" || value === "reviewer" || value === "admin";
}

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
