"use client";

import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans-devanagari/400.css";
import "./globals.css";
import { useParams } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { useEffect, useState } from "react";
import { ErrorPanel } from "@/features/shell/components/error-panel";
import { routing } from "@/i18n/routing";

type ErrorMessages = { errors: typeof import("@/messages/en.json")["errors"] };

/**
 * Replaces the root layout when the locale layout itself fails (the session read, say), so it brings
 * its own <html>, styles and messages. This boundary ships with every page, so the messages are
 * fetched only when it shows: imported statically, both whole files would weigh on every page load.
 */
export default function GlobalError(props: { error: Error & { digest?: string }; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = hasLocale(routing.locales, params?.locale) ? params.locale : routing.defaultLocale;
  const [messages, setMessages] = useState<ErrorMessages | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    import(`@/messages/${locale}.json`).then(
      (m: { default: ErrorMessages }) => setMessages({ errors: m.default.errors }),
      () => setFailed(true),
    );
  }, [locale]);
  return (
    <html lang={locale}>
      <body>
        <main id="main">
          {messages ? (
            <NextIntlClientProvider locale={locale} messages={messages}>
              <ErrorPanel {...props} />
            </NextIntlClientProvider>
          ) : failed ? (
            // Even the messages could not be fetched: a reload is all that is left, offered without words.
            <button type="button" className="primary" onClick={() => window.location.reload()} aria-label="↻">
              ↻
            </button>
          ) : null}
        </main>
      </body>
    </html>
  );
}
