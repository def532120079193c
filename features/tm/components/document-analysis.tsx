import { getFormatter, getTranslations } from "next-intl/server";
import type { JobView } from "@/features/jobs/schema";
import type { MatchBand } from "@/lib/tm/bands";
import type { AnalysisSummary } from "../types";
import { AnalysisRunner } from "./analysis-runner";

/**
 * The document's analysis against its project's memory, as an agency quotes a job: units and
 * words per match band in a table (which carries every number), and a bar of the word shares
 * beside it that is decoration only (aria-hidden: the table says the same). Computed by a background
 * job (features/tm/mutations.ts runAnalysisJob, the same bands `setu analyse DOC_ID` prints); the
 * page shows the last one that succeeded, with when it ran, and the runner that starts the next.
 * The caller has checked that the person may see the document.
 */
export async function DocumentAnalysis({
  documentId,
  last,
  active,
}: {
  documentId: string;
  /** The newest analysis job that succeeded, if any. */
  last: JobView | null;
  /** An analysis job queued or running now, if any. */
  active: JobView | null;
}) {
  const [t, format] = await Promise.all([getTranslations("analysis"), getFormatter()]);
  const analysis = last ? (last.result as AnalysisSummary) : null;
  return (
    <section className="analysis stack" aria-labelledby="analysis-heading" data-testid="analysis">
      <h2 id="analysis-heading">{t("heading")}</h2>
      {analysis && last?.finishedAt ? (
        <>
          <p className="muted" data-testid="analysed-at">
            {t("analysedAt", { when: format.relativeTime(new Date(last.finishedAt)) })}
          </p>
          <AnalysisTable analysis={analysis} />
        </>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <AnalysisRunner documentId={documentId} activeJob={active} analysed={analysis !== null} />
    </section>
  );
}

async function AnalysisTable({ analysis }: { analysis: AnalysisSummary }) {
  const [t, format] = await Promise.all([getTranslations("analysis"), getFormatter()]);
  const share = (words: number) => (analysis.total.words === 0 ? 0 : words / analysis.total.words);
  return (
    <>
      <div className="analysis-bar" aria-hidden="true">
        {analysis.bands
          .filter((b) => b.words > 0)
          .map((b) => (
            <span key={b.band} className={`band-${b.band}`} style={{ width: `${share(b.words) * 100}%` }} title={t(`band_${b.band}`)} />
          ))}
      </div>
      <table className="data-table analysis-table">
        <caption className="muted">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("colBand")}</th>
            <th scope="col">{t("colUnits")}</th>
            <th scope="col">{t("colWords")}</th>
            <th scope="col">{t("colShare")}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.bands.map((b) => (
            <tr key={b.band} data-band={b.band}>
              <th scope="row">
                <span className={`band-swatch band-${b.band}`} aria-hidden="true" /> {t(`band_${b.band as MatchBand}`)}
              </th>
              <td>{format.number(b.units)}</td>
              <td>{format.number(b.words)}</td>
              <td>{format.number(share(b.words), { style: "percent", maximumFractionDigits: 1 })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-band="total">
            <th scope="row">{t("total")}</th>
            <td>{format.number(analysis.total.units)}</td>
            <td>{format.number(analysis.total.words)}</td>
            <td>{format.number(analysis.total.words === 0 ? 0 : 1, { style: "percent" })}</td>
          </tr>
        </tfoot>
      </table>
    </>
  );
}
