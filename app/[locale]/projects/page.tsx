import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { CreateProjectForm } from "@/features/projects/components/create-project-form";
import { loadMyProjects } from "@/features/projects/data";
import { Link } from "@/i18n/navigation";

/** The projects I belong to (every project for an administrator, who also creates them). */
export default async function ProjectsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { user } = await requirePageUser(params);
  const [projects, t] = await Promise.all([loadMyProjects(user), getTranslations("projects")]);
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      {projects.length === 0 ? (
        <p className="muted">{t("noProjects")}</p>
      ) : (
        <ul data-testid="project-list">
          {projects.map((p) => (
            <li key={p.id}>
              <Link href={`/projects/${p.id}`}>{p.name}</Link> {p.role && <span className="muted">({t(`role_${p.role}`)})</span>}
            </li>
          ))}
        </ul>
      )}
      {user.role === "admin" && <CreateProjectForm />}
    </section>
  );
}
