"use client";

import { useTranslations } from "next-intl";
import type { Range } from "@/lib/editor/find";
import type { UnitTerm } from "../types";
import { Marked, rangesWithin } from "./find-marks";

/**
 * A Hindi sentence with its glossary terms marked (a marked term inserts its preferred English) and
 * the find bar's hits in it (`current`: where the current hit starts).
 */
export function HindiText({
  text,
  terms,
  onInsert,
  hits = [],
  current = null,
}: {
  text: string;
  terms: UnitTerm[];
  onInsert: (english: string) => void;
  hits?: readonly Range[];
  current?: number | null;
}) {
  const t = useTranslations("editor");
  const piece = (from: number, to: number) => (
    <Marked
      key={`p${from}`}
      text={text.slice(from, to)}
      ranges={rangesWithin(hits, from, to)}
      current={current !== null && current >= from && current < to ? current - from : null}
    />
  );
  if (terms.length === 0) return piece(0, text.length);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const term of [...terms].sort((a, b) => a.start - b.start)) {
    if (term.start < at) continue;
    parts.push(piece(at, term.start));
    const preferred = term.english.find((e) => e.status !== "forbidden");
    const status = term.english.some((e) => e.status === "do-not-translate") ? "dnt" : preferred ? "preferred" : "forbidden";
    const describe = [term.english.map((e) => `${e.text} (${t(`term_${e.status}`)})`).join(", "), term.note ?? ""]
      .filter(Boolean)
      .join(" — ");
    parts.push(
      // biome-ignore lint/a11y/useSemanticElements: a <button> would make the term unselectable within the Hindi a translator selects from; this span acts as one (focusable, Enter and Space insert)
      <span
        key={`${term.start}-${term.entryId}`}
        className={`term term-${status}`}
        data-testid="term"
        data-term={term.hindi}
        data-tip={describe}
        tabIndex={0}
        role="button"
        aria-label={`${text.slice(term.start, term.end)}: ${describe}. ${t("insertTerm")}`}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => preferred && onInsert(preferred.text)}
        onKeyDown={(e) => {
          if ((e.key === "Enter" || e.key === " ") && preferred) {
            e.preventDefault();
            onInsert(preferred.text);
          }
        }}
      >
        {piece(term.start, term.end)}
      </span>,
    );
    at = term.end;
  }
  parts.push(piece(at, text.length));
  return <>{parts}</>;
}
