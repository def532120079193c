import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { AuditDetails } from "@/features/audit/components/audit-details";
import { visibleProjectIds } from "@/features/projects/data";
import { loadAuditFilters, loadAuditLog, loadAuditLookups } from "@/features/review/data";
import { auditQuery } from "@/features/review/schema";
import { Link } from "@/i18n/navigation";
import { auditActionKey, describeAuditDetails } from "@/lib/audit/describe";

const PAGE = 200;

/** The audit log: read-only (the table refuses UPDATE and DELETE), filterable per document and user. */
export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requirePageUser(params);
  // Reviewers and managers read the log of their projects, administrators all of it.
  const projectIds = await visibleProjectIds(user, ["reviewer", "manager"]);
  if (projectIds !== null && projectIds.length === 0) notFound();
  const parsed = auditQuery.safeParse(Object.fromEntries(Object.entries(await searchParams).filter(([, v]) => v)));
  const query = parsed.success ? parsed.data : {};
  const [rows, filters, t, format] = await Promise.all([
    loadAuditLog(query, projectIds, PAGE),
    loadAuditFilters(projectIds),
    getTranslations("audit"),
    getFormatter(),
  ]);
  const lookups = await loadAuditLookups(rows);
  const older = rows.length === PAGE ? rows[rows.length - 1].id : null;
  // An action this page has no name for (a newer one) shows its code rather than nothing.
  const actionName = (action: string) => {
    const key = auditActionKey(action);
    return key ? t(`actions.${key}`) : action;
  };
  const link = (extra: Record<string, string | number | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({ documentId: query.documentId, userId: query.userId, ...extra })) if (v) params.set(k, String(v));
    return `/audit?${params}`;
  };
  return (
    <section>
      <h1>{t("title")}</h1>
      <form className="toolbar" method="get">
        <label>
          {t("document")}
          <select name="documentId" defaultValue={query.documentId ?? ""}>
            <option value="">{t("all")}</option>
            {filters.documents.map((d) => (
              <option key={d.id} value={d.id} lang="hi">
                {d.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("user")}
          <select name="userId" defaultValue={query.userId ?? ""}>
            <option value="">{t("all")}</option>
            {filters.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.email}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t("apply")}</button>
      </form>
      <table className="data-table" data-testid="audit-log">
        <thead>
          <tr>
            <th>{t("when")}</th>
            <th>{t("user")}</th>
            <th>{t("action")}</th>
            <th>{t("document")}</th>
            <th>{t("unit")}</th>
            <th>{t("details")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{format.dateTime(new Date(r.at), { dateStyle: "short", timeStyle: "medium" })}</td>
              <td>{r.user ?? "—"}</td>
              <td data-testid="audit-action">{actionName(r.action)}</td>
              <td lang="hi">{r.documentId ? <Link href={`/documents/${r.documentId}`}>{r.documentTitle ?? r.documentId}</Link> : "—"}</td>
              <td data-testid="audit-unit">{r.unitId === null ? "" : r.unitNumber === null ? t("unitGone") : r.unitNumber}</td>
              <td data-testid="audit-details">
                <AuditDetails details={describeAuditDetails(r.details, lookups)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {older && <Link href={link({ before: older })}>{t("older")}</Link>}
    </section>
  );
}
