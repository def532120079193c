"use client";

import { type RefObject, useState } from "react";
import { findRanges } from "@/lib/editor/find";
import { EnglishMarks, type FindQuery } from "./find-marks";
import { countRender } from "./render-count";
import { type EditorStore, useStoredDraft } from "./use-unit-store";

/**
 * A unit's English textarea with its find marks. It alone subscribes to the draft's text, so a
 * keystroke re-renders this box and not the row around it (the Hindi with its terms, the badges,
 * the actions): less work between the key and the frame that shows it.
 */
export function EnglishBox(props: {
  store: EditorStore;
  id: number;
  /** The unit's saved English, shown while nothing has been typed. */
  english: string;
  label: string;
  canEdit: boolean;
  find: FindQuery | null;
  /** Where the find bar's current hit starts in this English, if it is here. */
  current: number | null;
  textarea: RefObject<HTMLTextAreaElement | null>;
  onFocus: (id: number) => void;
  onChange: (id: number, text: string) => void;
  onBlur: (id: number) => void;
}) {
  const { store, id, find } = props;
  const draft = useStoredDraft(store, id);
  countRender(`${id}:english`);
  const [scrollTop, setScrollTop] = useState(0);
  const text = draft?.text ?? props.english;
  const hits = find && find.scope !== "hindi" ? findRanges(text, find.query, find) : [];
  return (
    <div className="english-box">
      <textarea
        ref={props.textarea}
        data-testid="unit-english"
        lang="en"
        aria-label={props.label}
        value={text}
        readOnly={!props.canEdit}
        rows={Math.min(8, Math.max(2, Math.ceil(text.length / 70)))}
        onFocus={() => props.onFocus(id)}
        onChange={(e) => props.onChange(id, e.target.value)}
        onBlur={() => props.onBlur(id)}
        onScroll={hits.length > 0 ? (e) => setScrollTop(e.currentTarget.scrollTop) : undefined}
      />
      <EnglishMarks text={text} ranges={hits} current={props.current} scrollTop={scrollTop} />
    </div>
  );
}
