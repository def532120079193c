import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { loadMyProjects } from "@/features/projects/data";
import { Link } from "@/i18n/navigation";
import type { CurrentUser } from "@/lib/server/session";
import { LanguageSwitch } from "./language-switch";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ user }: { user: CurrentUser | null }) {
  const t = await getTranslations("nav");
  const tApp = await getTranslations("app");
  const tRoles = await getTranslations("roles");
  // The project switcher: the projects the user is in, read per request like every membership.
  const projects = user ? await loadMyProjects(user) : [];
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        <span lang="hi">सेतु</span> <span className="brand-latin">Setu</span>
      </Link>
      <nav aria-label={tApp("name")}>
        {user && (
          <>
            <Link href="/">{t("documents")}</Link>
            <details className="project-switcher" data-testid="project-switcher">
              <summary>{t("projects")}</summary>
              <ul>
                {projects.map((p) => (
                  <li key={p.id}>
                    <Link href={`/projects/${p.id}`}>{p.name}</Link>
                  </li>
                ))}
                <li>
                  <Link href="/projects">{t("allProjects")}</Link>
                </li>
              </ul>
            </details>
            <Link href="/my-work">{t("myWork")}</Link>
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
