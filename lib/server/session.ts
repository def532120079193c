import "server-only";
import { headers } from "next/headers";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";
import { prisma } from "./prisma";

export type Role = "translator" | "reviewer" | "admin";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in user, read fresh from the database (a role change applies at once). */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true },
  });
  return user;
}

export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in first.");
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) {
    throw new AppError("FORBIDDEN", `This needs the role ${roles.join(" or ")}; you are ${user.role}.`);
  }
  return user;
}
