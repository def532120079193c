/** DOCX fixtures for tests: made by the `docx` package (Word-like XML), or zipped by hand for edge cases. */
import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { zipSync } from "fflate";

export async function sampleDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    footnotes: { 1: { children: [new Paragraph("फ़ुटनोट का पाठ।")] } },
    sections: [
      {
        children: [
          new Paragraph({ text: "बाढ़ की रिपोर्ट", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun({ text: "बिहार में बाढ़ आई। ", bold: true }),
              new TextRun({ text: "हज़ारों लोग बेघर हुए।", italics: true }),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({ text: "राहत शिविर खोले गए।", bullet: { level: 0 } }),
          new Paragraph({ text: "भोजन बाँटा गया।", bullet: { level: 0 } }),
          new Paragraph(""),
          new Table({
            rows: [new TableRow({ children: [cell("ज़िला"), cell("लोग")] }), new TableRow({ children: [cell("पटना"), cell("पाँच हज़ार")] })],
          }),
          new Paragraph({
            children: [
              new TextRun("विवरण "),
              new ExternalHyperlink({ link: "https://example.org", children: [new TextRun({ text: "यहाँ", style: "Hyperlink" })] }),
              new TextRun(" है।"),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';

/** A minimal package around a hand-written body (w: prefix bound), plus any extra parts. */
export function handmadeDocx(body: string, extra: Record<string, Uint8Array | string> = {}): Uint8Array {
  const enc = (s: Uint8Array | string) => (typeof s === "string" ? new TextEncoder().encode(s) : s);
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": enc(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    "_rels/.rels": enc(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    "word/document.xml": enc(`<?xml version="1.0" standalone="yes"?><w:document ${W} ${MC}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, data] of Object.entries(extra)) files[name] = enc(data);
  return zipSync(files);
}

/** A text box as Word writes it: the same content twice, in mc:Choice and in mc:Fallback. */
export const textBoxRun = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>बक्से का पाठ</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>बक्से का पाठ</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
