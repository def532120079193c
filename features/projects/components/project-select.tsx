"use client";

import { useTranslations } from "next-intl";
import type { ProjectOption } from "../types";

/**
 * The "project" field of a form that creates something in a project: a choice when the user has several
 * projects, the only one (hidden) otherwise. The server resolves the same way (features/projects/data).
 */
export function ProjectSelect({ projects, defaultProjectId }: { projects: ProjectOption[]; defaultProjectId?: string }) {
  const t = useTranslations("projects");
  if (projects.length === 0) return null;
  if (projects.length === 1) return <input type="hidden" name="project" value={projects[0].id} />;
  return (
    <label>
      {t("projectLabel")}
      <select name="project" defaultValue={defaultProjectId ?? projects[0].id} data-testid="project-select">
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}
