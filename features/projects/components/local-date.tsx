"use client";

import { useFormatter } from "next-intl";
import { useEffect, useState } from "react";

/**
 * An instant shown as a calendar day in the reader's own time zone (the browser's): the server does not
 * know where its reader is, so it renders the UTC day and the browser corrects it at once.
 */
export function LocalDate({ iso }: { iso: string }) {
  const format = useFormatter();
  const [timeZone, setTimeZone] = useState("UTC");
  useEffect(() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone), []);
  return (
    <time dateTime={iso} data-testid="local-date">
      {format.dateTime(new Date(iso), { dateStyle: "medium", timeZone })}
    </time>
  );
}
