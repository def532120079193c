"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { createProjectAction } from "../actions";

export function CreateProjectForm() {
  const t = useTranslations("projects");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = new FormData(event.currentTarget).get("name");
    startTransition(async () => {
      setError(null);
      const result = await createProjectAction({ name });
      if (!result.ok) return setError(errorMessage(result));
      router.push(`/projects/${result.data.id}`);
    });
  }
  return (
    <form className="panel inline-form" onSubmit={submit} data-testid="create-project-form">
      <label>
        {t("newProjectName")}
        <input name="name" required maxLength={120} />
      </label>
      <button type="submit" disabled={pending}>
        {t("create")}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}
