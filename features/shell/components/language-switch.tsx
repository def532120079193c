"use client";

import { useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter } from "@/i18n/navigation";
import { type Locale, routing } from "@/i18n/routing";

const labels: Record<Locale, string> = { en: "English", hi: "हिन्दी" };

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t("language")}</span>
      <select
        aria-label={t("language")}
        value={locale}
        onChange={(event) => {
          const query = search.toString();
          router.replace(query ? `${pathname}?${query}` : pathname, { locale: event.target.value as Locale });
        }}
      >
        {routing.locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {labels[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
