import "server-only";
import { redirect } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { prisma } from "@/lib/server/prisma";
import { type CurrentUser, getCurrentUser } from "@/lib/server/session";

export async function loadUsers() {
  return prisma.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

export async function countUsers(): Promise<number> {
  return prisma.user.count();
}

/** The locale of a signed-in page and its user; anyone else goes to the sign-in page. */
export async function requirePageUser(params: Promise<{ locale: string }>): Promise<{ locale: Locale; user: CurrentUser }> {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  return { locale, user };
}
