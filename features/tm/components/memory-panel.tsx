"use client";

import { useTranslations } from "next-intl";
import type { MemoryState } from "./use-memory-matches";

/** Keeps Hindi punctuation attached to the word before it when tokens are shown joined. */
const NO_SPACE_BEFORE = /^[।॥,.;:!?)\]}”’%]$/u;

/**
 * The translation memory's best matches for the active unit, beside the editor: score (101 % says
 * "context"), the stored Hindi with what differs from this unit marked, the English to insert (with
 * a note when a number was replaced), its status and where it came from. Ctrl+1…3 inserts one
 * (handled by the editor, which owns the text box).
 */
export function MemoryPanel({ state, canInsert, onInsert }: { state: MemoryState; canInsert: boolean; onInsert: (n: number) => void }) {
  const t = useTranslations("memory");
  return (
    <aside className="memory-panel" aria-label={t("title")} data-testid="memory-panel">
      <h2>{t("title")}</h2>
      {state.unitId === null ? (
        <p className="muted">{t("noUnit")}</p>
      ) : state.loading ? (
        <p className="muted">{t("loading")}</p>
      ) : state.failed ? (
        <p className="muted">{t("failed")}</p>
      ) : state.matches.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ol>
          {state.matches.map((m, i) => (
            <li key={m.id} data-testid="memory-match">
              <div className="memory-match-head">
                <span className={`memory-score${m.score >= 100 ? " exact" : ""}`}>
                  {m.score > 100 ? t("context", { score: m.score }) : t("score", { score: m.score })}
                </span>
                <span className="muted">{t(`status_${m.status}`)}</span>
                {m.origin && <span className="muted">{t("origin", { origin: m.origin })}</span>}
              </div>
              <p className="memory-hindi" lang="hi">
                {m.diff.map((d, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the tokens of one stored sentence never change order; position is their identity
                  <span key={k}>
                    {k > 0 && !NO_SPACE_BEFORE.test(d.text) ? " " : ""}
                    {d.kind === "changed" ? <mark>{d.text}</mark> : d.text}
                  </span>
                ))}
              </p>
              <p className="memory-english" lang="en">
                {m.english}
              </p>
              {m.substituted && <p className="memory-note">{t("numberReplaced")}</p>}
              {canInsert && (
                <button type="button" className="link-button" onClick={() => onInsert(i)}>
                  {t("insert", { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
