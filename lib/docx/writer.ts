/**
 * Writes a translation into the original .docx, at paragraph level: each paragraph that has a new
 * text keeps its properties (w:pPr: style, numbering, alignment) and gets one run with that text,
 * formatted like its first text run (w:rPr). Runs without text (images, footnote references,
 * field characters, bookmarks) stay where they were; the other text runs, and hyperlinks,
 * insertions and fields holding text, are dropped, because their boundaries have no counterpart
 * in the English. Paragraphs without a new text, text boxes, headers, footers and every other part
 * are copied unchanged.
 */
import { zipSync } from "fflate";
import { escapeXmlAttr, escapeXmlText } from "@/lib/tmx/writer";
import { createSafeXmlParser, type NsTag } from "@/lib/xml/safe-parser";
import { BodyWalker, isW } from "./body-walker";
import { DEFAULT_DOCX_LIMITS, type DocxLimits, MAIN_PART, openDocx, xmlChunks } from "./package";

// Elements whose presence makes a paragraph child "text": it is replaced by the English.
const TEXT_ELEMENTS = new Set(["t", "delText", "tab", "br", "cr", "noBreakHyphen", "softHyphen", "sym"]);

interface Child {
  xml: string;
  isProperties: boolean;
  hasText: boolean;
  /** The w:rPr of the child's first run that holds text ("" when that run has none). */
  textRunProperties: string | null;
}

interface OpenParagraph {
  open: string;
  close: string;
  prefix: string;
  text: string;
  children: Child[];
}

export async function writeTranslatedDocx(
  original: Uint8Array,
  texts: Map<number, string>,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<Uint8Array> {
  const { files } = openDocx(original, limits);
  const documentXml = await rewriteDocument(files[MAIN_PART], texts);
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) out[name] = name === MAIN_PART ? documentXml : data;
  return zipSync(out, { level: 6 });
}

async function rewriteDocument(part: Uint8Array, texts: Map<number, string>): Promise<Uint8Array> {
  const walker = new BodyWalker();
  const pieces: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'];
  // While a paragraph that gets new text is open: its opening tag, its children so far, the open child.
  let paragraph: OpenParagraph | null = null;
  let child: Child | null = null;
  let childPieces: string[] = [];
  const runs: { rPr: string | null; hasText: boolean; capturing: boolean }[] = [];
  let rPrPieces: string[] | null = null;
  let rPrDepth = 0;

  const emit = (s: string) => {
    if (paragraph && child) childPieces.push(s);
    else if (!paragraph) pieces.push(s);
    if (rPrPieces) rPrPieces.push(s);
  };

  const xml = createSafeXmlParser(
    {
      open(tag) {
        const starts = walker.open(tag);
        const markup = openTag(tag);
        if (starts && texts.has(walker.paragraph)) {
          const prefix = tag.prefix ? `${tag.prefix}:` : "";
          paragraph = { open: markup, close: `</${tag.name}>`, prefix, text: texts.get(walker.paragraph) ?? "", children: [] };
          if (tag.isSelfClosing) finishParagraph(paragraph);
          return null;
        }
        if (paragraph && walker.belowParagraph === 1 && !child) {
          child = { xml: "", isProperties: isW(tag, "pPr"), hasText: false, textRunProperties: null };
          childPieces = [];
        }
        if (paragraph && walker.inText) {
          if (isW(tag, "r")) runs.push({ rPr: null, hasText: false, capturing: false });
          else if (isW(tag, "rPr") && runs.length && runs[runs.length - 1].rPr === null && !rPrPieces) {
            rPrPieces = [];
            rPrDepth = 1;
          } else if (rPrPieces) rPrDepth++;
          if (TEXT_ELEMENTS.has(tag.local) && isW(tag, tag.local) && !rPrPieces) {
            if (child) child.hasText = true;
            if (runs.length) runs[runs.length - 1].hasText = true;
          }
        }
        emit(markup);
        return null;
      },
      text(text) {
        emit(escapeXmlText(text));
      },
      close(tag) {
        const wasInText = walker.inText;
        const ends = walker.close();
        if (ends && paragraph) {
          finishParagraph(paragraph);
          return null;
        }
        if (!tag.isSelfClosing) emit(`</${tag.name}>`);
        if (paragraph && wasInText) {
          if (rPrPieces) {
            rPrDepth--;
            if (rPrDepth === 0) {
              runs[runs.length - 1].rPr = rPrPieces.join("");
              rPrPieces = null;
            }
          } else if (isW(tag, "r")) {
            const run = runs.pop();
            if (run?.hasText && child && child.textRunProperties === null) child.textRunProperties = run.rPr ?? "";
          }
        }
        if (paragraph && child && walker.belowParagraph === 0) {
          child.xml = childPieces.join("");
          paragraph.children.push(child);
          child = null;
        }
        return null;
      },
    },
    { xmlns: true, label: "Word document" },
  );
  xml.parser.on("comment", (c) => emit(`<!--${c}-->`));
  xml.parser.on("processinginstruction", (pi) => emit(`<?${pi.target} ${pi.body}?>`));

  function finishParagraph(p: OpenParagraph) {
    paragraph = null;
    const run = `<${p.prefix}r>${p.children.find((c) => c.hasText)?.textRunProperties ?? ""}<${p.prefix}t xml:space="preserve">${escapeXmlText(p.text)}</${p.prefix}t></${p.prefix}r>`;
    let placed = p.text === "";
    let out = p.open.replace(/\/>$/, ">");
    for (const c of p.children) {
      if (c.hasText) {
        if (!placed) out += run;
        placed = true;
      } else {
        out += c.xml;
        // The English goes right after the paragraph's properties when no run held text.
        if (c.isProperties && !placed && !p.children.some((x) => x.hasText)) {
          out += run;
          placed = true;
        }
      }
    }
    if (!placed) out += run;
    pieces.push(out + p.close);
  }

  for await (const _ of xml.feed(xmlChunks(part))) {
    // Pieces are collected as the parser goes.
  }
  return new TextEncoder().encode(pieces.join(""));
}

function openTag(tag: NsTag): string {
  let out = `<${tag.name}`;
  for (const a of Object.values(tag.attributes)) out += ` ${a.name}="${escapeXmlAttr(a.value)}"`;
  return out + (tag.isSelfClosing ? "/>" : ">");
}
