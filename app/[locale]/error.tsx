"use client";

import { ErrorPanel } from "@/features/shell/components/error-panel";

// Catches what the pages below the locale layout throw; the header and language switch stay usable.
export default function LocaleError(props: { error: Error & { digest?: string }; retry: () => void }) {
  return <ErrorPanel {...props} />;
}
