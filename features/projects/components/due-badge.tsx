import { getTranslations } from "next-intl/server";
import type { DueState } from "@/lib/projects/due";

/** Overdue / due soon / done, as a badge (nothing when there is no due date). */
export async function DueBadge({ state }: { state: DueState }) {
  const t = await getTranslations("projects");
  if (state === "none" || state === "onTrack") return null;
  return (
    <span className={`badge due-${state}`} data-testid="due-state">
      {t(`due_${state}`)}
    </span>
  );
}
