"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * What a route's error boundary shows: a translated apology and a retry that re-fetches the segment
 * (Next 16's `retry`, unlike `reset`, also re-runs the server components that threw).
 * Never the error's own message: a server error arrives with a generic text and a digest to quote.
 */
export function ErrorPanel({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("errors");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section className="narrow" role="alert">
      <h1>{t("errorTitle")}</h1>
      <p>{t("errorBody")}</p>
      {error.digest ? <p className="muted">{t("errorCode", { digest: error.digest })}</p> : null}
      {/* biome-ignore lint/a11y/noAutofocus: the page's content is gone; the only thing to do next is this button */}
      <button type="button" className="primary" onClick={() => retry()} autoFocus>
        {t("errorRetry")}
      </button>
    </section>
  );
}
