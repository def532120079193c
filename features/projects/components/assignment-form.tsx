"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState, useTransition } from "react";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import { useRouter } from "@/i18n/navigation";
import { dayOf } from "@/lib/projects/due";
import { assignDocumentAction } from "../actions";
import type { AssignmentView, MemberView } from "../types";

/** A manager's assignment of one document: translator, reviewer, due day (in the manager's time zone). */
export function AssignmentForm({ assignment, members, title }: { assignment: AssignmentView; members: MemberView[]; title: string }) {
  const t = useTranslations("projects");
  const router = useRouter();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  const reviewers = members.filter((m) => m.role !== "translator");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const id = (name: string) => (form.get(name) ? String(form.get(name)) : null);
    startTransition(async () => {
      setError(null);
      const result = await assignDocumentAction({
        documentId: assignment.documentId,
        translatorId: id("translator"),
        reviewerId: id("reviewer"),
        dueDay: String(form.get("due") ?? ""),
        timeZone,
        seen: { translatorId: assignment.translatorId, reviewerId: assignment.reviewerId, dueDate: assignment.dueDate },
      });
      if (!result.ok) return setError(errorMessage(result));
      router.refresh();
    });
  }

  return (
    <form className="inline-form assignment-form" onSubmit={submit} data-testid="assignment-form" aria-label={t("assignFor", { title })}>
      <MemberSelect label={t("translator")} name="translator" value={assignment.translatorId} members={members} nobody={t("nobody")} />
      <MemberSelect label={t("reviewer")} name="reviewer" value={assignment.reviewerId} members={reviewers} nobody={t("nobody")} />
      <label>
        {t("dueDate")}
        <input
          key={timeZone}
          type="date"
          name="due"
          defaultValue={assignment.dueDate ? dayOf(new Date(assignment.dueDate), timeZone) : ""}
        />
      </label>
      <button type="submit" disabled={pending}>
        {t("saveAssignment")}
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </form>
  );
}

/** One person chosen from the project's members (or nobody). */
function MemberSelect({
  label,
  name,
  value,
  members,
  nobody,
}: {
  label: string;
  name: string;
  value: string | null;
  members: MemberView[];
  nobody: string;
}) {
  return (
    <label>
      {label}
      <select name={name} defaultValue={value ?? ""}>
        <option value="">{nobody}</option>
        {members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name}
          </option>
        ))}
      </select>
    </label>
  );
}
