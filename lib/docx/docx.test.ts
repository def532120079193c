import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectAppError } from "@/lib/errors.test-helpers";
import { readWithPythonDocx } from "@/tests/support/third-party-readers";
import { writeCleanDocx } from "./clean-writer";
import { handmadeDocx, sampleDocx, textBoxRun } from "./docx.test-helpers";
import { readDocx } from "./reader";
import { writeTranslatedDocx } from "./writer";

const english = [
  "Flood report",
  "Floods hit Bihar. Thousands were left homeless.",
  "Relief camps were opened.",
  "Food was distributed.",
  "District",
  "People",
  "Patna",
  "Five thousand",
  "Details are here.",
];

describe("readDocx", () => {
  it("reads headings, paragraphs, list items and table cells in order, and reports the footnote", async () => {
    const { paragraphs, skipped } = await readDocx(await sampleDocx());
    const texts = paragraphs.filter((p) => p.text.trim()).map((p) => [p.kind, p.text]);
    expect(texts).toEqual([
      ["heading", "बाढ़ की रिपोर्ट"],
      ["sentence", "बिहार में बाढ़ आई। हज़ारों लोग बेघर हुए।"],
      ["list-item", "राहत शिविर खोले गए।"],
      ["list-item", "भोजन बाँटा गया।"],
      ["sentence", "ज़िला"],
      ["sentence", "लोग"],
      ["sentence", "पटना"],
      ["sentence", "पाँच हज़ार"],
      ["sentence", "विवरण यहाँ है।"],
    ]);
    expect(skipped).toMatchObject({ footnotes: 1, textBoxes: 0 });
    // Empty paragraphs still have an index, so that the writer finds every paragraph again.
    expect(paragraphs.map((p) => p.index)).toEqual(paragraphs.map((_, i) => i));
  });

  it("counts a text box once (Choice and Fallback) and reads none of its text", async () => {
    const { paragraphs, skipped } = await readDocx(handmadeDocx(`<w:p><w:r><w:t>बाहर</w:t></w:r>${textBoxRun}</w:p>`));
    expect(paragraphs).toEqual([{ index: 0, kind: "sentence", text: "बाहर" }]);
    expect(skipped.textBoxes).toBe(1);
  });

  it("leaves out deleted text and field instructions, keeps inserted text and field results", async () => {
    const { paragraphs } = await readDocx(
      handmadeDocx(
        `<w:p><w:del><w:r><w:delText>पुराना</w:delText></w:r></w:del><w:ins><w:r><w:t>नया</w:t></w:r></w:ins>` +
          `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>३</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`,
      ),
    );
    expect(paragraphs[0].text).toBe("नया३");
  });
});

describe("readDocx: refusals", () => {
  it("refuses an encrypted (OLE) file, a non-zip, a zip that is not Word and a macro-enabled document", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect((await expectAppError(readDocx(ole), "BAD_INPUT")).details?.reason).toBe("encrypted");
    expect((await expectAppError(readDocx(new TextEncoder().encode("hello")), "BAD_INPUT")).details?.reason).toBe("notDocx");
    const notWord = zipSync({ "a.txt": new TextEncoder().encode("x") });
    expect((await expectAppError(readDocx(notWord), "BAD_INPUT", /no word\/document.xml/)).details?.reason).toBe("notDocx");
    const vba = handmadeDocx("<w:p/>", { "word/vbaProject.bin": new Uint8Array([1, 2, 3]) });
    expect((await expectAppError(readDocx(vba), "BAD_INPUT", /macros/)).details?.reason).toBe("macros");
    const docm = handmadeDocx("<w:p/>", {
      "[Content_Types].xml": '<Types><Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    });
    expect((await expectAppError(readDocx(docm), "BAD_INPUT")).details?.reason).toBe("macros");
    expect((await expectAppError(readDocx(zipSync({ "x.zip": new Uint8Array(5) }).subarray(0, 20)), "BAD_INPUT")).details?.reason).toBe(
      "notDocx",
    );
  });

  it("refuses zip bombs before inflating: too many parts, too many bytes, an extreme ratio", async () => {
    const doc = handmadeDocx("<w:p><w:r><w:t>क</w:t></w:r></w:p>");
    await expectAppError(readDocx(doc, { maxEntries: 2, maxUncompressed: 1e9 }), "TOO_LARGE", /parts/);
    await expectAppError(readDocx(doc, { maxEntries: 100, maxUncompressed: 100 }), "TOO_LARGE", /zip bomb/);
    const bomb = handmadeDocx("<w:p/>", { "word/media/zeros.bin": new Uint8Array(20 * 1024 * 1024) });
    await expectAppError(readDocx(bomb), "TOO_LARGE", /zip bomb/);
  });

  it("refuses a DTD in document.xml", async () => {
    const withDtd = zipSync({
      "[Content_Types].xml": new TextEncoder().encode("<Types/>"),
      "word/document.xml": new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]><w:document/>'),
    });
    await expectAppError(readDocx(withDtd), "UNSAFE_XML");
  });
});

describe("writeTranslatedDocx", () => {
  it("puts the English into the original, paragraph by paragraph, keeping styles and the first run's formatting (python-docx)", async () => {
    const original = await sampleDocx();
    const { paragraphs } = await readDocx(original);
    const texts = new Map(paragraphs.filter((p) => p.text.trim()).map((p, i) => [p.index, english[i]]));
    const out = await writeTranslatedDocx(original, texts);
    const read = readWithPythonDocx(out);
    const body = read.paragraphs.filter((p) => p.text.trim());
    expect(body.map((p) => p.text)).toEqual([english[0], english[1], english[2], english[3], english[8]]);
    expect(body.map((p) => p.style)).toEqual(["Heading 1", "Normal", "List Paragraph", "List Paragraph", "Normal"]);
    expect(body[1]).toMatchObject({ bold: true, italic: null });
    expect(read.tables).toEqual([
      [
        ["District", "People"],
        ["Patna", "Five thousand"],
      ],
    ]);
    // The original's styles are still the ones python-docx sees, and Hindi is gone from the body.
    expect(body.some((p) => /[\u0900-\u097F]/.test(p.text))).toBe(false);
    // What the writer wrote is read back by Setu's own reader in the same order.
    const again = await readDocx(out);
    expect(again.paragraphs.filter((p) => p.text.trim()).map((p) => p.text)).toEqual(english);
    expect(again.skipped.footnotes).toBe(1);
  });

  it("keeps paragraphs without a new text, runs without text and text boxes as they were", async () => {
    const original = handmadeDocx(
      `<w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:bookmarkStart w:id="0" w:name="b"/><w:r><w:rPr><w:b/></w:rPr><w:t>एक</w:t></w:r><w:r><w:t xml:space="preserve"> दो</w:t></w:r>${textBoxRun}<w:bookmarkEnd w:id="0"/></w:p>` +
        `<w:p><w:r><w:t>अछूता &amp; &lt;वैसा ही&gt;</w:t></w:r></w:p><w:p/>`,
    );
    const out = await writeTranslatedDocx(original, new Map([[0, "One & <two>"]]));
    const { paragraphs, skipped } = await readDocx(out);
    expect(paragraphs.map((p) => p.text)).toEqual(["One & <two>", "अछूता & <वैसा ही>", ""]);
    expect(skipped.textBoxes).toBe(1);
    const { unzipSync } = await import("fflate");
    const xml = new TextDecoder().decode(unzipSync(out)["word/document.xml"]);
    expect(xml).toContain(
      '<w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:bookmarkStart w:id="0" w:name="b"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">One &amp; &lt;two&gt;</w:t></w:r>',
    );
    expect(xml).toContain("बक्से का पाठ");
    expect(xml).toContain('<w:bookmarkEnd w:id="0"/></w:p>');
  });

  it("empties a paragraph whose new text is empty and writes into an empty paragraph", async () => {
    const out = await writeTranslatedDocx(
      handmadeDocx('<w:p><w:r><w:t>क</w:t></w:r></w:p><w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p><w:p/>'),
      new Map([
        [0, ""],
        [1, "Centred"],
        [2, "Last"],
      ]),
    );
    expect((await readDocx(out)).paragraphs.map((p) => p.text)).toEqual(["", "Centred", "Last"]);
  });
});

describe("writeCleanDocx", () => {
  it("writes a document python-docx reads with headings and list items", async () => {
    const out = await writeCleanDocx(
      [
        { kind: "heading", text: "Flood report", lang: "en-US" },
        { kind: "sentence", text: "Floods hit Bihar.", lang: "en-US" },
        { kind: "list-item", text: "Camps opened.", lang: "en-US" },
      ],
      { title: "बाढ़" },
    );
    const read = readWithPythonDocx(out);
    expect(read.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ["Heading 1", "Flood report"],
      ["Normal", "Floods hit Bihar."],
      ["List Paragraph", "Camps opened."],
    ]);
  });
});
