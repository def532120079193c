/** What aligning an existing English translation reports back, to the web form and the tests. */
export interface AlignReport {
  documentId: string;
  /** Units the document has now. */
  units: number;
  /** Units with confidence below LOW_CONFIDENCE: the ones a translator should check first. */
  lowConfidence: number;
  /** Beads by shape ("1:1", "2:1", "0:1", …). */
  beads: Record<string, number>;
  /** Units with English that were thrown away (only ever non-zero with `replace`). */
  replaced: number;
}

export { LOW_CONFIDENCE } from "@/lib/editor/status";
