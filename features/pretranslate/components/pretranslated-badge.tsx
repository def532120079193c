"use client";

import { useTranslations } from "next-intl";

/**
 * Marks a unit that pre-translation filled from the memory and nobody has confirmed yet: the English
 * is the memory's, not this translator's (Ctrl+Enter confirms it, any edit makes it theirs).
 */
export function PretranslatedBadge({ score }: { score: number | null }) {
  const t = useTranslations("pretranslate");
  if (score === null) return null;
  return (
    <span className="status-badge pretranslated" data-testid="pretranslated" title={t("badgeTitle")}>
      {t("badge", { score })}
    </span>
  );
}
