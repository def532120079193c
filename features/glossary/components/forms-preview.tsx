import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { inflectTerm } from "@/lib/glossary/inflect";

/**
 * What the matcher will find for the term being typed: per word, the forms matched everywhere and
 * those matched only where the context allows (context-rules.ts), so a translator sees the effect
 * of the part of speech before saving.
 */
export function FormsPreview({ hindi, partOfSpeech }: { hindi: string; partOfSpeech: string }) {
  const t = useTranslations("glossary");
  const words = useMemo(
    () =>
      inflectTerm(hindi, partOfSpeech)
        .map((w) => ({
          word: w.word,
          plain: w.forms.filter((f) => !f.written && !f.rule).map((f) => f.form),
          guarded: w.forms.filter((f) => !f.written && f.rule).map((f) => f.form),
        }))
        .filter((w) => w.plain.length + w.guarded.length > 0),
    [hindi, partOfSpeech],
  );
  if (words.length === 0) return null;
  const count = words.reduce((n, w) => n + w.plain.length + w.guarded.length, 0);
  return (
    <details className="glossary-forms" data-testid="glossary-forms">
      <summary>{t("formsHeading", { count })}</summary>
      {words.map((w) => (
        <div key={w.word}>
          <p>
            <strong lang="hi">{w.word}</strong> → <span lang="hi">{w.plain.join(", ")}</span>
          </p>
          {w.guarded.length > 0 && <p className="muted">{t("formsInContext", { forms: w.guarded.join(", ") })}</p>}
        </div>
      ))}
      {words.some((w) => w.guarded.length > 0) && <p className="muted">{t("formsHint")}</p>}
    </details>
  );
}
