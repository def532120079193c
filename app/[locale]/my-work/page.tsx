import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { DueBadge } from "@/features/projects/components/due-badge";
import { LocalDate } from "@/features/projects/components/local-date";
import { loadMyWork } from "@/features/projects/data";
import { Link } from "@/i18n/navigation";
import { dueState } from "@/lib/projects/due";
import { reviewDone, translationDone } from "@/lib/projects/progress";

/** What is assigned to me: documents to translate and to review, soonest due first. */
export default async function MyWorkPage({ params }: { params: Promise<{ locale: string }> }) {
  const { user } = await requirePageUser(params);
  const [work, t] = await Promise.all([loadMyWork(user.id), getTranslations("projects")]);
  const now = new Date();
  const rows = work.flatMap((d) => [
    ...(d.translatorId === user.id ? [{ d, part: "translate" as const, done: translationDone(d) }] : []),
    ...(d.reviewerId === user.id ? [{ d, part: "review" as const, done: reviewDone(d) }] : []),
  ]);
  return (
    <section className="stack">
      <h1>{t("myWorkTitle")}</h1>
      {rows.length === 0 ? (
        <p className="muted">{t("myWorkEmpty")}</p>
      ) : (
        <table className="data-table" data-testid="my-work">
          <thead>
            <tr>
              <th>{t("colDocument")}</th>
              <th>{t("colProject")}</th>
              <th>{t("colPart")}</th>
              <th>{t("colProgress")}</th>
              <th>{t("colDue")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ d, part, done }) => (
              <tr key={`${d.id}-${part}`} data-testid="my-work-row">
                <td>
                  <Link href={`/documents/${d.id}/edit`}>{d.title}</Link>
                </td>
                <td>
                  <Link href={`/projects/${d.projectId}`}>{d.projectName}</Link>
                </td>
                <td>{t(part === "translate" ? "partTranslate" : "partReview")}</td>
                <td>
                  {part === "translate"
                    ? t("wordsTranslatedShort", { done: d.wordsTranslated, total: d.words })
                    : t("wordsApprovedShort", { done: d.wordsApproved, total: d.words })}
                </td>
                <td>
                  {d.dueDate ? <LocalDate iso={d.dueDate.toISOString()} /> : t("noDueDate")}{" "}
                  <DueBadge state={dueState(d.dueDate, now, done)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
