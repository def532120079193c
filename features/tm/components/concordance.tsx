"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { requestJson } from "@/features/pretranslate/components/request";
import { ModalDialog } from "@/features/shell/components/modal-dialog";
import { useErrorMessage } from "@/features/shell/components/use-error-message";
import type { TextPart } from "@/lib/tm/highlight";
import type { ConcordanceHit } from "../types";

const DEBOUNCE_MS = 250;

function Marked({ parts, lang }: { parts: TextPart[]; lang: string }) {
  return (
    <p lang={lang} className={`memory-${lang === "hi" ? "hindi" : "english"}`}>
      {parts.map((p, i) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never change order; position is their identity
        p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </p>
  );
}

/**
 * Concordance (Ctrl+K anywhere in the editor): a search of the project's memory for a word or
 * phrase in Hindi or English, hits listed with their English and what matched marked. A native
 * modal dialog (ModalDialog): the focus stays inside, Esc closes it, and the focus goes back to
 * the unit it was opened from.
 */
export function Concordance({ documentId }: { documentId: string }) {
  const t = useTranslations("concordance");
  const tMemory = useTranslations("memory");
  const errorMessage = useErrorMessage();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<{ q: string; hits: ConcordanceHit[]; truncated: boolean } | { q: string; error: string } | null>(
    null,
  );
  const asked = useRef(0);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === "KeyK") {
        event.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    const q = query.trim();
    if (!open || q.length < 2) return;
    const mine = ++asked.current;
    const timer = setTimeout(async () => {
      const r = await requestJson<{ hits: ConcordanceHit[]; truncated: boolean }>(
        `/api/documents/${documentId}/concordance?q=${encodeURIComponent(q)}`,
      );
      // Only the answer to the newest query counts (an older one may arrive later).
      if (mine !== asked.current) return;
      setResult(r.ok ? { q, ...r.data } : { q, error: errorMessage(r.error) });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [documentId, errorMessage, open, query]);

  if (!open) return null;
  const shown = result && result.q === query.trim() ? result : null;
  return (
    <ModalDialog label={t("title")} onClose={() => setOpen(false)}>
      <h2>{t("title")}</h2>
      <label className="stack">
        {t("label")}
        {/* type="text", not "search": Chromium's search field takes the first Esc to clear itself, and Esc must close. */}
        <input
          type="text"
          enterKeyHint="search"
          data-autofocus
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
          }}
          data-testid="concordance-query"
        />
      </label>
      <div className="concordance-results" data-testid="concordance-results" aria-live="polite">
        {query.trim().length < 2 ? (
          <p className="muted">{t("hint")}</p>
        ) : !shown ? (
          <p className="muted">{t("searching")}</p>
        ) : "error" in shown ? (
          <p className="error">{shown.error}</p>
        ) : shown.hits.length === 0 ? (
          <p className="muted">{t("none")}</p>
        ) : (
          <>
            <p className="muted">
              {shown.truncated ? t("countMore", { count: shown.hits.length }) : t("count", { count: shown.hits.length })}
            </p>
            <ol className="concordance-list">
              {shown.hits.map((hit) => (
                <li key={hit.id} data-testid="concordance-hit">
                  <Marked parts={hit.hindi} lang="hi" />
                  <Marked parts={hit.english} lang="en" />
                  <span className="muted">
                    {tMemory(`status_${hit.status}`)}
                    {hit.origin && <> · {tMemory("origin", { origin: hit.origin })}</>}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
      <button type="button" onClick={() => setOpen(false)}>
        {t("close")}
      </button>
    </ModalDialog>
  );
}
