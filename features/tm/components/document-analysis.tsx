import { getFormatter, getTranslations } from "next-intl/server";
import { loadDocumentAnalysis } from "@/features/tm/data";
import type { MatchBand } from "@/lib/tm/bands";

/**
 * The document's analysis against its project's memory, as an agency quotes a job: units and
 * words per match band in a table (which carries every number), and a bar of the word shares
 * beside it that is decoration only (aria-hidden: the table says the same). Computed on the server
 * by the same function as `setu analyse DOC_ID` (features/tm/data.ts loadDocumentAnalysis).
 * The caller has checked that the person may see the document.
 */
export async function DocumentAnalysis({ documentId }: { documentId: string }) {
  const [analysis, t, format] = await Promise.all([loadDocumentAnalysis(documentId), getTranslations("analysis"), getFormatter()]);
  const share = (words: number) => (analysis.total.words === 0 ? 0 : words / analysis.total.words);
  return (
    <section className="analysis" aria-labelledby="analysis-heading" data-testid="analysis">
      <h2 id="analysis-heading">{t("heading")}</h2>
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
    </section>
  );
}

/** What the page shows while the analysis is computed (it streams in after the rest of the page). */
export async function DocumentAnalysisPending() {
  const t = await getTranslations("analysis");
  return (
    <section className="analysis" aria-busy="true">
      <h2>{t("heading")}</h2>
      <p className="muted" role="status">
        {t("computing")}
      </p>
    </section>
  );
}
