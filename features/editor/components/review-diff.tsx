"use client";

import { useTranslations } from "next-intl";
import { type DiffPart, diffWords } from "@/lib/review/diff";

/** In review mode: what changed in the English since it was last reviewed, word by word. */
export function ReviewDiff({ reviewed, english }: { reviewed: string; english: string }) {
  const t = useTranslations("editor");
  return (
    <p className="diff" data-testid="review-diff" lang="en" role="note" aria-label={t("diffLabel")}>
      {keyedByOffset(diffWords(reviewed, english)).map(({ part, key: i }) =>
        part.kind === "same" ? (
          <span key={i}>{part.text}</span>
        ) : part.kind === "added" ? (
          <ins key={i}>{part.text}</ins>
        ) : (
          <del key={i}>{part.text}</del>
        ),
      )}
    </p>
  );
}

/** Diff parts keyed by where they start in the text: unique within one diff, unlike their contents. */
function keyedByOffset(parts: DiffPart[]): { part: DiffPart; key: string }[] {
  let at = 0;
  return parts.map((part) => {
    const key = `${at}:${part.kind}`;
    at += part.text.length;
    return { part, key };
  });
}
