/**
 * The one walk over a document.xml that both the reader and the writer follow, so that "paragraph
 * 17" means the same <w:p> to both: every w:p of the body in document order (tables cell by cell,
 * content controls included), except those inside text boxes (reported, not read) and inside
 * mc:Fallback (an older copy of the mc:Choice beside it, which would otherwise be read twice).
 */
import type { NsTag } from "@/lib/xml/safe-parser";

const W_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  // ISO 29500 Strict documents.
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

export function isW(tag: NsTag, local: string): boolean {
  return tag.local === local && W_NAMESPACES.has(tag.uri);
}

/** The value of a w:-namespaced attribute (w:val, w:type). */
export function wAttr(tag: NsTag, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === local && W_NAMESPACES.has(a.uri)) return a.value;
  return undefined;
}

export class BodyWalker {
  /** Ordinal of the current (or last) counted paragraph; -1 before the first. */
  paragraph = -1;
  textBoxes = 0;
  footnotes = 0;
  endnotes = 0;
  comments = 0;
  private depth = 0;
  private fallbackDepth = 0;
  private textBoxDepth = 0;
  private paragraphDepth = 0;

  /** True when the element just opened starts a counted paragraph. */
  open(tag: NsTag): boolean {
    this.depth++;
    if (this.fallbackDepth) return false;
    if (tag.local === "Fallback" && tag.uri === MC) {
      this.fallbackDepth = this.depth;
      return false;
    }
    if (isW(tag, "txbxContent")) {
      if (!this.textBoxDepth) {
        this.textBoxDepth = this.depth;
        this.textBoxes++;
      }
      return false;
    }
    if (this.textBoxDepth) return false;
    if (isW(tag, "footnoteReference")) this.footnotes++;
    else if (isW(tag, "endnoteReference")) this.endnotes++;
    else if (isW(tag, "commentReference")) this.comments++;
    if (isW(tag, "p") && !this.paragraphDepth) {
      this.paragraph++;
      this.paragraphDepth = this.depth;
      return true;
    }
    return false;
  }

  /** True when the element just closed ends the counted paragraph. */
  close(): boolean {
    const depth = this.depth--;
    if (this.fallbackDepth) {
      if (depth === this.fallbackDepth) this.fallbackDepth = 0;
      return false;
    }
    if (this.textBoxDepth) {
      if (depth === this.textBoxDepth) this.textBoxDepth = 0;
      return false;
    }
    if (depth === this.paragraphDepth) {
      this.paragraphDepth = 0;
      return true;
    }
    return false;
  }

  /** Inside a counted paragraph and outside text boxes and fallbacks: its text counts. */
  get inText(): boolean {
    return this.paragraphDepth > 0 && !this.fallbackDepth && !this.textBoxDepth;
  }

  /** How deep the current element sits below the counted paragraph (1 = a direct child). */
  get belowParagraph(): number {
    return this.paragraphDepth ? this.depth - this.paragraphDepth : -1;
  }
}
