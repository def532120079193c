import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Link } from "@/i18n/navigation";
import type { CurrentUser } from "@/lib/server/session";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations("nav");
  const tApp = await getTranslations("app");
  const tRoles = await getTranslations("roles");
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span lang="hi">सेतु</span> <span className="brand-latin">Setu</span>
      </Link>
      <nav aria-label={tApp("name")}>
        {user && (
          <>
            <Link href="/">{t("documents")}</Link>
            <Link href="/glossary">{t("glossary")}</Link>
            {user.role !== "translator" && <Link href="/audit">{t("audit")}</Link>}
            {user.role === "admin" && <Link href="/admin/users">{t("users")}</Link>}
          </>
        )}
      </nav>
      <div className="header-end">
        <Suspense>
          <LanguageSwitch />
        </Suspense>
        {user ? (
          <>
            <span className="whoami" data-testid="whoami">
              {t("signedInAs", { email: user.email, role: tRoles(user.role) })}
            </span>
            <SignOutButton />
          </>
        ) : (
          <>
            <Link href="/sign-in">{t("signIn")}</Link>
            <Link href="/sign-up">{t("signUp")}</Link>
          </>
        )}
      </div>
    </header>
  );
}
