"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { type UnitStatus, unitStatuses } from "@/lib/editor/status";

export interface EditorFilter {
  status?: UnitStatus;
  q?: string;
  lowConfidence?: boolean;
  comments?: boolean;
  needsReview?: boolean;
  terms?: boolean;
  qa?: "any" | "errors";
}

export function filterQuery(filter: EditorFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set("status", filter.status);
  if (filter.q) params.set("q", filter.q);
  if (filter.lowConfidence) params.set("lowConfidence", "1");
  if (filter.comments) params.set("comments", "1");
  if (filter.needsReview) params.set("needsReview", "1");
  if (filter.terms) params.set("terms", "1");
  if (filter.qa) params.set("qa", filter.qa);
  return params.toString();
}

export function FilterBar({
  filter,
  onChange,
  onJump,
  onNextLowConfidence,
  shown,
  total,
  truncated,
}: {
  filter: EditorFilter;
  onChange: (filter: EditorFilter) => void;
  onJump: (number: number) => void;
  onNextLowConfidence: () => void;
  shown: number;
  total: number;
  truncated?: boolean;
}) {
  const t = useTranslations("editor");
  const tQa = useTranslations("qa");
  const [q, setQ] = useState(filter.q ?? "");
  const [jump, setJump] = useState("");
  return (
    <div className="toolbar editor-toolbar">
      <label>
        {t("filterStatus")}
        <select
          value={filter.status ?? ""}
          onChange={(e) => onChange({ ...filter, status: (e.target.value || undefined) as EditorFilter["status"] })}
        >
          <option value="">{t("allStatuses")}</option>
          {unitStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status_${s}`)}
            </option>
          ))}
        </select>
      </label>
      <search>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onChange({ ...filter, q: q.trim() || undefined });
          }}
        >
          <label>
            {t("search")}
            <input type="search" value={q} onChange={(e) => setQ(e.target.value)} />
          </label>
        </form>
      </search>
      <label className="check">
        <input
          type="checkbox"
          checked={!!filter.lowConfidence}
          onChange={(e) => onChange({ ...filter, lowConfidence: e.target.checked || undefined })}
        />
        {t("lowConfidence")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={!!filter.comments}
          onChange={(e) => onChange({ ...filter, comments: e.target.checked || undefined })}
        />
        {t("withComments")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          data-testid="needs-review-filter"
          checked={!!filter.needsReview}
          onChange={(e) => onChange({ ...filter, needsReview: e.target.checked || undefined })}
        />
        {t("needsReviewFilter")}
      </label>
      <label className="check">
        <input type="checkbox" checked={!!filter.terms} onChange={(e) => onChange({ ...filter, terms: e.target.checked || undefined })} />
        {t("termIssues")}
      </label>
      <label>
        {tQa("filterLabel")}
        <select
          data-testid="qa-filter"
          value={filter.qa ?? ""}
          onChange={(e) => onChange({ ...filter, qa: (e.target.value || undefined) as EditorFilter["qa"] })}
        >
          <option value="">{tQa("filterNone")}</option>
          <option value="any">{tQa("filterAny")}</option>
          <option value="errors">{tQa("filterErrors")}</option>
        </select>
      </label>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number.parseInt(jump, 10);
          if (n > 0) onJump(n);
        }}
      >
        <label>
          {t("jumpTo")}
          <input type="number" min={1} max={total} value={jump} onChange={(e) => setJump(e.target.value)} className="narrow-input" />
        </label>
        <button type="submit">{t("go")}</button>
      </form>
      <button type="button" onClick={onNextLowConfidence}>
        {t("nextLowConfidence")}
      </button>
      <span className="muted" data-testid="unit-count">
        {t("units", { shown, total })}
        {truncated && ` · ${t("searchTruncated", { shown })}`}
      </span>
    </div>
  );
}
