/**
 * Collects what an import of a bilingual or structured file (XLIFF, DOCX, SRT) stores: the Hindi
 * sentences with their paragraphs and kinds, and one alignment unit per piece the file gives (a
 * trans-unit, a paragraph's sentence, a cue's sentence) with its English and status. Pure: the
 * feature layer hands the result to storeSegments in one transaction.
 */
import type { UnitStatus } from "@/lib/editor/status";
import { normaliseText } from "@/lib/text/normalise";
import { countWords } from "@/lib/text/prepare";
import { type Segment, type SegmentKind, segmentHindi } from "@/lib/text/segment";

export type ImportStatus = UnitStatus;

export interface BuiltUnit {
  first: number;
  last: number;
  english: string;
  status: ImportStatus;
  externalId: string | null;
}

const DEVANAGARI = /[\u0900-\u097F\uA8E0-\uA8FF]/;

export class ImportBuilder {
  readonly segments: Segment[] = [];
  readonly units: BuiltUnit[] = [];
  readonly comments: { first: number; body: string }[] = [];
  readonly skipped: Record<string, number> = {};
  wordCount = 0;
  hasDevanagari = false;

  skip(reason: string, count = 1): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + count;
  }

  /**
   * Splits Hindi text into sentences (a paragraph's text, a cue's lines joined) for the given
   * paragraph, normalised as every import path does. A heading stays one segment.
   */
  sentencesOf(text: string, kind: SegmentKind): string[] {
    // Line breaks inside one paragraph of a file are wrapping, not structure.
    const flat = text.replace(/[\r\n\u2028\u2029]+/g, " ");
    if (kind === "heading") {
      const one = normaliseText(flat);
      return one ? [one] : [];
    }
    return segmentHindi(flat).map((s) => s.text);
  }

  /**
   * Adds one unit over the given sentences (already split). Returns false, and counts the skip,
   * when there is no Hindi text.
   */
  addUnit(
    sentences: string[],
    paragraph: number,
    kind: SegmentKind,
    unit: { english: string; status: ImportStatus; externalId?: string | null; notes?: string[] },
  ): boolean {
    const texts = sentences.map((s) => normaliseText(s)).filter((s) => s !== "");
    if (texts.length === 0) {
      this.skip("empty-text");
      return false;
    }
    const first = this.segments.length;
    for (const text of texts) {
      this.segments.push({ text, paragraph, kind });
      this.wordCount += countWords(text);
      if (!this.hasDevanagari && DEVANAGARI.test(text)) this.hasDevanagari = true;
    }
    const english = normaliseText(unit.english);
    this.units.push({
      first,
      last: this.segments.length - 1,
      english,
      // A unit without English cannot be further along than a draft, whatever the file said.
      status: english === "" ? "draft" : unit.status,
      externalId: unit.externalId ?? null,
    });
    for (const note of unit.notes ?? []) this.comments.push({ first, body: note });
    return true;
  }

  /** One 1:1 draft unit per sentence of a piece of Hindi text (DOCX paragraphs, SRT cues). */
  addParagraph(text: string, paragraph: number, kind: SegmentKind): number {
    const sentences = this.sentencesOf(text, kind);
    for (const s of sentences) this.addUnit([s], paragraph, kind, { english: "", status: "draft" });
    return sentences.length;
  }
}
