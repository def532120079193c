/**
 * A new .docx from scratch, for documents that came without an original Word file (plain text,
 * TMX, XLIFF): one Word paragraph per Setu paragraph, headings as Heading 1 and list items as
 * bullets, built with the `docx` package so that Word's own structure rules are somebody's job.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { DocxParagraphKind } from "./reader";

export interface CleanParagraph {
  kind: DocxParagraphKind;
  text: string;
  /** The BCP 47 language of the text, so that Word spell-checks it as such. */
  lang: string;
}

export async function writeCleanDocx(paragraphs: CleanParagraph[], opts: { title: string }): Promise<Uint8Array> {
  const doc = new Document({
    title: opts.title,
    creator: "Setu",
    sections: [
      {
        children: paragraphs.map(
          (p) =>
            new Paragraph({
              children: [new TextRun({ text: p.text, language: { value: p.lang } })],
              ...(p.kind === "heading" && { heading: HeadingLevel.HEADING_1 }),
              ...(p.kind === "list-item" && { bullet: { level: 0 } }),
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
