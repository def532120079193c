"use client";

import { useTranslations } from "next-intl";
import { numberedTerms } from "@/lib/editor/terms";
import type { UnitTerm } from "../types";

/** The active unit's glossary terms, numbered as Alt+Shift+1…9 inserts them. */
export function TermKeys({ terms }: { terms: UnitTerm[] }) {
  const t = useTranslations("editor");
  return (
    <ol className="term-keys" aria-label={t("termKeysLabel")} data-testid="term-keys" lang="en">
      {numberedTerms(terms).map(({ n, term, insert }) => (
        <li key={term.entryId}>
          <kbd>Alt+Shift+{n}</kbd> <span lang="hi">{term.hindi}</span> → {insert ?? <span className="muted">{t("termForbiddenOnly")}</span>}
        </li>
      ))}
    </ol>
  );
}
