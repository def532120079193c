import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { qaCheckIds, qaSeverities } from "@/lib/qa/types";
import type { QaReportQuery } from "../schema";
import type { QaCountRow, QaReportUnit } from "../types";

function reportQuery(query: QaReportQuery, page?: number): string {
  const params = new URLSearchParams();
  if (query.check) params.set("check", query.check);
  if (query.severity) params.set("severity", query.severity);
  if (query.ignored) params.set("ignored", "1");
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** A report table: its caption, one header row of column names, and the rows. */
function ReportTable(props: { testId: string; className?: string; caption: string; columns: string[]; children: React.ReactNode }) {
  return (
    <table className={`data-table${props.className ? ` ${props.className}` : ""}`} data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}

/** The counts table: one row per check with open errors, open warnings and ignored issues. */
export async function QaCounts({ rows }: { rows: QaCountRow[] }) {
  const t = await getTranslations("qa");
  return (
    <ReportTable testId="qa-counts" caption={t("countsHeading")} columns={[t("check"), t("errors"), t("warnings"), t("ignoredCount")]}>
      {rows.map((row) => (
        <tr key={row.check} data-check={row.check}>
          <th scope="row">{t(`checks.${row.check}`)}</th>
          <td>{row.errors}</td>
          <td>{row.warnings}</td>
          <td>{row.ignored}</td>
        </tr>
      ))}
    </ReportTable>
  );
}

export async function QaFilterForm({ query }: { query: QaReportQuery }) {
  const t = await getTranslations("qa");
  return (
    <form className="toolbar" method="get">
      <label>
        {t("filterCheck")}
        <select name="check" defaultValue={query.check ?? ""}>
          <option value="">{t("allChecks")}</option>
          {qaCheckIds.map((check) => (
            <option key={check} value={check}>
              {t(`checks.${check}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("filterSeverity")}
        <select name="severity" defaultValue={query.severity ?? ""}>
          <option value="">{t("allSeverities")}</option>
          {qaSeverities.map((severity) => (
            <option key={severity} value={severity}>
              {t(`severity.${severity}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" name="ignored" value="1" defaultChecked={query.ignored === true} />
        {t("includeIgnored")}
      </label>
      <button type="submit">{t("apply")}</button>
    </form>
  );
}

/** Units with issues, each linking to the unit in the editor. */
export async function QaUnitList({ documentId, units }: { documentId: string; units: QaReportUnit[] }) {
  const t = await getTranslations("qa");
  const tEditor = await getTranslations("editor");
  if (units.length === 0) return <p className="muted">{t("noIssues")}</p>;
  return (
    <ReportTable
      testId="qa-units"
      className="qa-units"
      caption={t("listHeading")}
      columns={[t("unit"), t("status"), t("text"), t("issues")]}
    >
      {units.map((unit) => (
        <tr key={unit.id} data-testid="qa-unit">
          <td>
            <Link href={`/documents/${documentId}/edit?unit=${unit.number}`} aria-label={t("openInEditor", { n: unit.number })}>
              {unit.number}
            </Link>
          </td>
          <td>{tEditor(`status_${unit.status}`)}</td>
          <td>
            <p lang="hi">{unit.hindi}</p>
            <p lang="en">{unit.english}</p>
          </td>
          <td>
            <ul className="qa-issues">
              {unit.issues.map((issue) => (
                <li key={issue.key} className={`qa-issue ${issue.severity}${issue.ignored ? " ignored" : ""}`}>
                  <span className={`qa-severity ${issue.severity}`}>{t(`severity.${issue.severity}`)}</span>{" "}
                  {t(`codes.${issue.code}`, issue.params)}
                  {issue.ignored && (
                    <span className="muted"> {t("ignoredBecause", { name: issue.ignored.by ?? "?", reason: issue.ignored.reason })}</span>
                  )}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}

export async function QaPager({ query, page, pages }: { query: QaReportQuery; page: number; pages: number }) {
  const t = await getTranslations("qa");
  if (pages <= 1) return null;
  return (
    <nav className="pager">
      {page > 1 && <Link href={reportQuery(query, page - 1) || "?"}>{t("previous")}</Link>}
      <span>{t("page", { page, pages })}</span>
      {page < pages && <Link href={reportQuery(query, page + 1)}>{t("next")}</Link>}
    </nav>
  );
}

export { reportQuery };
