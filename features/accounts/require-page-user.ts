import "server-only";
import { pageLocale } from "@/i18n/page-locale";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getCurrentUser, type CurrentUser } from "@/lib/server/session";

/** The locale of a signed-in page and its user; anyone else goes to the sign-in page. */
export async function requirePageUser(params: Promise<{ locale: string }>): Promise<{ locale: Locale; user: CurrentUser }> {
  const locale = await pageLocale(params);
  const user = await getCurrentUser();
  if (!user) return redirect({ href: "/sign-in", locale });
  return { locale, user };
}
