import { useTranslations } from "next-intl";

/**
 * The placeholder a route's loading.tsx streams at once while its page reads the database: a titled,
 * announced status in the page's own layout, so the header stays usable and the layout does not jump.
 */
export function PageLoading({ rows = 3 }: { rows?: number }) {
  const t = useTranslations("app");
  return (
    <section className="page-loading" aria-busy="true">
      <p role="status">{t("loading")}</p>
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have nothing but their position
        <div key={i} className="page-loading-row" aria-hidden="true" />
      ))}
    </section>
  );
}
