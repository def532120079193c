import { AppError } from "@/lib/errors";
import { type Segment, type SegmentOptions, segmentHindi } from "./segment";

export interface PreparedDocument {
  segments: Segment[];
  wordCount: number;
  hasDevanagari: boolean;
}

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+|[.,]\p{N}+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * What every import path (web, CLI, TMX) does to Hindi text before storing it, so that they all
 * produce the same sentences: segment (which normalises each sentence) and count.
 */
export function prepareHindiDocument(text: string, options: SegmentOptions = {}): PreparedDocument {
  const segments = segmentHindi(text, options);
  if (segments.length === 0) {
    throw new AppError("EMPTY_TEXT", "The text is empty (nothing but whitespace).", { reason: "emptyText" });
  }
  let wordCount = 0;
  let hasDevanagari = false;
  for (const s of segments) {
    wordCount += countWords(s.text);
    if (!hasDevanagari && DEVANAGARI.test(s.text)) hasDevanagari = true;
  }
  return { segments, wordCount, hasDevanagari };
}
