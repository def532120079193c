import { getTranslations } from "next-intl/server";

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100);
}

/** Translated (including approved) and approved shares of a document's units. */
export async function ProgressBar({ units, translated, approved }: { units: number; translated: number; approved: number }) {
  const t = await getTranslations("documents");
  const done = percent(translated + approved, units);
  const ok = percent(approved, units);
  const label = t("progressLabel", { translated: done, approved: ok });
  return (
    <span className="progress-wrap">
      <span className="progress" role="img" aria-label={label} title={label}>
        <span className="approved" style={{ width: `${ok}%` }} />
        <span className="translated" style={{ width: `${done - ok}%` }} />
      </span>
      <span className="muted progress-text">{label}</span>
    </span>
  );
}
