"use client";

import { useTranslations } from "next-intl";
import type { UnitQaIssue } from "@/features/qa/types";
import type { EditorUnit } from "../types";

export interface QaIssueHandlers {
  onQaFix: (id: number, english: string) => void;
  onQaIgnore: (id: number, key: string) => void;
  onQaUnignore: (id: number, key: string) => void;
}

/** The message parameters as shown: an `inconsistent` issue names the other unit by its number. */
export function shownParams(issue: UnitQaIssue, numberOf: (id: number) => number): Record<string, string | number> {
  if (issue.check !== "inconsistent" || typeof issue.params.unit !== "number") return issue.params;
  return { ...issue.params, unit: numberOf(issue.params.unit) || "?" };
}

/**
 * A unit's QA issues as stored at its last save: the message, a one-click fix where one is safe,
 * and ignore-with-a-reason (errors only for reviewers, as the server's policy says). Ignored issues
 * stay listed, marked, with "show again".
 */
export function QaIssues({
  unit,
  canEdit,
  isReviewer,
  numberOf,
  handlers,
}: {
  unit: EditorUnit;
  canEdit: boolean;
  isReviewer: boolean;
  numberOf: (id: number) => number;
  handlers: QaIssueHandlers;
}) {
  const t = useTranslations("qa");
  if (unit.qa.length === 0) return null;
  const mayIgnore = (issue: UnitQaIssue) => (issue.severity === "error" ? isReviewer : canEdit);
  return (
    <ul className="qa-issues" data-testid="qa-issues" aria-label={t("issuesLabel")}>
      {unit.qa.map((issue) => (
        <li
          key={issue.key}
          className={`qa-issue ${issue.severity}${issue.ignored ? " ignored" : ""}`}
          data-testid="qa-issue"
          data-check={issue.check}
        >
          <span className={`qa-severity ${issue.severity}`}>{t(`severity.${issue.severity}`)}</span>{" "}
          <span>{t(`codes.${issue.code}`, shownParams(issue, numberOf))}</span>
          {issue.ignored ? (
            <>
              {" "}
              <span className="muted">{t("ignoredBecause", { name: issue.ignored.by ?? "?", reason: issue.ignored.reason })}</span>
              {mayIgnore(issue) && (
                <button type="button" className="link-button" onClick={() => handlers.onQaUnignore(unit.id, issue.key)}>
                  {t("unignore")}
                </button>
              )}
            </>
          ) : (
            <>
              {issue.fix !== null && canEdit && (
                <button
                  type="button"
                  className="link-button"
                  title={t("fixTitle", { text: issue.fix })}
                  onClick={() => handlers.onQaFix(unit.id, issue.fix ?? unit.english)}
                >
                  {t("fix")}
                </button>
              )}
              {mayIgnore(issue) && (
                <button type="button" className="link-button" onClick={() => handlers.onQaIgnore(unit.id, issue.key)}>
                  {t("ignore")}
                </button>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
