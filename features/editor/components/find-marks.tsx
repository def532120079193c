"use client";

import { type Range, splitByRanges } from "@/lib/editor/find";

/** What the find bar is looking for, as every row needs it (one object per query: rows re-render only when it changes). */
export interface FindQuery {
  query: string;
  scope: "both" | "hindi" | "english";
  matchCase: boolean;
  wholeWord: boolean;
}

/** The hit the find bar is on: `${where}:${sentence}:${start}` of one unit (the other rows get null). */
export type HitKey = string;
export const hitKey = (where: "hindi" | "english", position: number, start: number): HitKey => `${where}:${position}:${start}`;

/** Text with its hits in <mark>; the current hit marked as such. */
export function Marked({ text, ranges, current }: { text: string; ranges: readonly Range[]; current?: number | null }) {
  if (ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, ranges).map((part) =>
        part.hit ? (
          <mark key={part.at} className={part.at === current ? "find-hit current" : "find-hit"} data-testid="find-hit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** The hits of a slice [from, to) of a text, shifted to the slice. */
export function rangesWithin(ranges: readonly Range[], from: number, to: number): Range[] {
  return ranges
    .filter((r) => r.end > from && r.start < to)
    .map((r) => ({ start: Math.max(r.start, from) - from, end: Math.min(r.end, to) - from }));
}

/**
 * The English box's hits: a layer under the same metrics as the textarea (font, padding, wrapping),
 * its text transparent and only the marks visible, so the hits show in place while the text stays
 * editable. Hidden from assistive technology: the textarea is the text.
 */
export function EnglishMarks({
  text,
  ranges,
  current,
  scrollTop,
}: {
  text: string;
  ranges: readonly Range[];
  current: number | null;
  scrollTop: number;
}) {
  if (ranges.length === 0) return null;
  return (
    <div className="english-marks" aria-hidden="true">
      <div style={{ transform: `translateY(${-scrollTop}px)` }}>
        <Marked text={text} ranges={ranges} current={current} />
        {"\u200b"}
      </div>
    </div>
  );
}
