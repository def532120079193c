import "server-only";
import { redirect } from "@/i18n/navigation";
import { pageLocale } from "@/i18n/page-locale";
import type { Locale } from "@/i18n/routing";
import { type CurrentUser, getCurrentUser } from "@/lib/server/session";

/** The locale of a signed-in page and its user; anyone else goes to the sign-in page. */
export async function requirePageUser(params: Promise<{ locale: string }>): Promise<{ locale: Locale; user: CurrentUser }> {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  return { locale, user };
}
