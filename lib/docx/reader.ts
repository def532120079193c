/**
 * Reads the text of a .docx paragraph by paragraph, in document order (see BodyWalker): headings
 * and list items are recognised from the paragraph's style (styles.xml, following basedOn), its
 * outline level and its numbering. Footnotes, endnotes, comments, text boxes and headers/footers
 * are not read; how many there are is reported so that the translator knows what is missing.
 */
import { AppError } from "@/lib/errors";
import { createSafeXmlParser, type NsTag } from "@/lib/xml/safe-parser";
import { BodyWalker, isW, wAttr } from "./body-walker";
import { DEFAULT_DOCX_LIMITS, type DocxLimits, MAIN_PART, openDocx, xmlChunks } from "./package";

export type DocxParagraphKind = "sentence" | "heading" | "list-item";

export interface DocxReadParagraph {
  /** The paragraph's ordinal in the walk; the writer finds it again by this. */
  index: number;
  kind: DocxParagraphKind;
  text: string;
}

export interface DocxSkipped {
  textBoxes: number;
  footnotes: number;
  endnotes: number;
  comments: number;
  headersFooters: number;
}

export interface DocxReadResult {
  paragraphs: DocxReadParagraph[];
  skipped: DocxSkipped;
}

const STYLES_PART = "word/styles.xml";

export async function readDocx(bytes: Uint8Array, limits: DocxLimits = DEFAULT_DOCX_LIMITS): Promise<DocxReadResult> {
  const { files, names } = openDocx(bytes, limits, (n) => n === MAIN_PART || n === STYLES_PART || n === "[Content_Types].xml");
  const styles = files[STYLES_PART] ? await readStyles(files[STYLES_PART]) : new Map<string, StyleInfo>();
  const walker = new BodyWalker();
  const paragraphs: DocxReadParagraph[] = [];
  let current: { text: string; style?: string; numbered: boolean; outline?: number } | null = null;
  let textOpen = false;

  const xml = createSafeXmlParser(
    {
      open(tag) {
        if (walker.open(tag)) current = { text: "", numbered: false };
        else if (current && walker.inText) {
          if (isW(tag, "pStyle")) current.style = wAttr(tag, "val");
          else if (isW(tag, "numPr")) current.numbered = true;
          else if (isW(tag, "outlineLvl")) current.outline = Number(wAttr(tag, "val"));
          else if (isW(tag, "tab") || isW(tag, "br") || isW(tag, "cr")) current.text += " ";
          else if (isW(tag, "noBreakHyphen")) current.text += "-";
          else if (isW(tag, "t")) textOpen = true;
        }
        return null;
      },
      text(text) {
        if (textOpen && current) current.text += text;
      },
      close(tag) {
        if (isW(tag, "t")) textOpen = false;
        if (walker.close() && current) {
          const style = current.style ? resolveStyle(styles, current.style) : undefined;
          const heading = (current.outline !== undefined && current.outline < 9) || style?.heading === true;
          const list = !heading && (current.numbered || style?.list === true);
          paragraphs.push({ index: walker.paragraph, kind: heading ? "heading" : list ? "list-item" : "sentence", text: current.text });
          current = null;
        }
        return null;
      },
    },
    { xmlns: true, label: "Word document" },
  );
  for await (const _ of xml.feed(xmlChunks(files[MAIN_PART]))) {
    // Paragraphs are collected as they close.
  }
  const headersFooters = names.filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)).length;
  return {
    paragraphs,
    skipped: {
      textBoxes: walker.textBoxes,
      footnotes: walker.footnotes,
      endnotes: walker.endnotes,
      comments: walker.comments,
      headersFooters,
    },
  };
}

interface StyleInfo {
  basedOn?: string;
  heading?: boolean;
  list?: boolean;
}

/** Paragraph styles by id: whether each is a heading (by name or outline level) or numbered. */
async function readStyles(part: Uint8Array): Promise<Map<string, StyleInfo>> {
  const styles = new Map<string, StyleInfo>();
  let style: StyleInfo | null = null;
  let depth = 0;
  const xml = createSafeXmlParser(
    {
      open(tag: NsTag) {
        depth++;
        if (isW(tag, "style") && depth === 2) {
          style = {};
          const id = wAttr(tag, "styleId");
          if (id && wAttr(tag, "type") !== "character") styles.set(id, style);
        } else if (style) {
          const val = wAttr(tag, "val");
          if (isW(tag, "name") && val) {
            if (/^(heading \d|title|subtitle)$/i.test(val)) style.heading = true;
            if (/^list/i.test(val)) style.list = true;
          } else if (isW(tag, "basedOn") && val) style.basedOn = val;
          else if (isW(tag, "outlineLvl") && Number(val) < 9) style.heading = true;
          else if (isW(tag, "numPr")) style.list = true;
        }
        return null;
      },
      text() {},
      close(tag: NsTag) {
        depth--;
        if (isW(tag, "style")) style = null;
        return null;
      },
    },
    { xmlns: true, label: "Word styles" },
  );
  for await (const _ of xml.feed(xmlChunks(part))) {
    // Styles are collected as they are read.
  }
  return styles;
}

/** A style's own flags, else its ancestors' (basedOn), guarding against cycles. */
function resolveStyle(styles: Map<string, StyleInfo>, id: string): StyleInfo | undefined {
  const seen = new Set<string>();
  let heading: boolean | undefined;
  let list: boolean | undefined;
  let current: string | undefined = id;
  while (current && !seen.has(current)) {
    seen.add(current);
    const style = styles.get(current);
    if (!style) break;
    heading ??= style.heading;
    list ??= style.list;
    current = style.basedOn;
  }
  return heading === undefined && list === undefined ? undefined : { heading, list };
}

export function assertHasText(result: DocxReadResult): void {
  if (!result.paragraphs.some((p) => p.text.trim() !== "")) {
    throw new AppError("EMPTY_TEXT", "The Word document has no text in its body.", { reason: "noText" });
  }
}
