/**
 * The files translators receive and deliver, end to end against a real database: import → translate
 * → export → import for XLIFF 1.2 and 2.0, DOCX and SRT; exported files held up to the OASIS schemas,
 * translate-toolkit and python-docx; hostile files refused whole with nothing stored.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDocument } from "@/features/documents/mutations";
import { exportDocx, exportSrt, streamXliff } from "@/features/exchange/data";
import { importFile } from "@/features/exchange/mutations";
import { handmadeDocx, sampleDocx } from "@/lib/docx/docx.test-helpers";
import { expectAppError } from "@/lib/errors.test-helpers";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { readSrt } from "@/lib/srt/srt";
import { makeUser, DEFAULT_PROJECT as PROJECT } from "../support/fixtures";
import {
  readWithPythonDocx,
  readWithTranslateToolkit,
  validateWithXsd,
  writeWithPythonDocx,
  XLIFF12_SCHEMA,
  XLIFF20_SCHEMA,
} from "../support/third-party-readers";

const MAX = 20 * 1024 * 1024;
const created: string[] = [];
let translator: CurrentUser;
let reviewer: CurrentUser;

beforeAll(async () => {
  translator = await makeUser("translator", "fmt-tr");
  reviewer = await makeUser("reviewer", "fmt-rv");
});

afterAll(async () => {
  await prisma.document.deleteMany({ where: { id: { in: created } } });
});

async function xliffOf(documentId: string, version: "1.2" | "2.0", status: "all" | "approved" = "all", notes = false) {
  let out = "";
  for await (const chunk of streamXliff({ documentId, version, status, notes })) out += chunk;
  return out;
}

async function importAs(user: CurrentUser | null, name: string, content: string | Uint8Array, title = name) {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const report = await importFile(
    { name, bytes },
    { projectId: PROJECT, title, userId: user?.id ?? null, role: user?.role ?? "admin", maxBytes: MAX },
  );
  created.push(report.id);
  return report;
}

/** Units with their Hindi, in order: what a round trip must keep. */
async function unitsWithHindi(documentId: string) {
  const [units, sentences] = await Promise.all([
    prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } }),
    prisma.sentence.findMany({ where: { documentId }, orderBy: { position: "asc" } }),
  ]);
  return units.map((u) => ({
    hindi: sentences.slice(u.firstSentence, u.lastSentence + 1).map((s) => s.text),
    english: u.english,
    status: u.status,
    paragraphStart: sentences[u.firstSentence].paragraph,
    kind: sentences[u.firstSentence].kind,
  }));
}

const documentCount = () => prisma.document.count();

/** A document with a heading, a two-sentence paragraph, a list, and units in every status. */
async function translatedDocument() {
  const { id } = await importDocument({
    projectId: PROJECT,
    title: `स्वरूप ${Date.now()}`,
    text: "# बाढ़ की रिपोर्ट\n\nबिहार में बाढ़ आई। हज़ारों लोग बेघर हुए। राहत पहुँची।\n\n- शिविर खोले गए।\n- भोजन बाँटा गया।\n\nअंतिम वाक्य।",
    userId: reviewer.id,
  });
  created.push(id);
  const units = await prisma.unit.findMany({ where: { documentId: id }, orderBy: { firstSentence: "asc" } });
  // Merge sentences 1–2 into one unit (n:m alignment), as the editor would.
  await prisma.unit.delete({ where: { id: units[2].id } });
  await prisma.unit.update({ where: { id: units[1].id }, data: { lastSentence: 2 } });
  const set = (i: number, english: string, status: "draft" | "translated" | "approved" | "rejected") =>
    prisma.unit.update({ where: { id: units[i].id }, data: { english, status } });
  await set(0, "Flood report", "approved");
  await set(1, "Floods hit Bihar & thousands were left <homeless>.", "translated");
  await set(3, "Relief arrived.", "rejected");
  await set(4, "Camps were opened.", "approved");
  await set(5, "Food was distributed.", "draft");
  await prisma.comment.create({ data: { unitId: units[1].id, authorId: reviewer.id, body: "Check the number" } });
  return id;
}

describe("XLIFF round trip", () => {
  for (const version of ["1.2", "2.0"] as const) {
    it(`${version}: export validates, and importing it back gives the same units, statuses, paragraphs and ids`, async () => {
      const id = await translatedDocument();
      const xml = await xliffOf(id, version, "all", true);
      expect(validateWithXsd(xml, version === "1.2" ? XLIFF12_SCHEMA : XLIFF20_SCHEMA)).toEqual({ ok: true, errors: "" });
      const report = await importAs(reviewer, "back.xlf", xml);
      expect(report).toMatchObject({ format: "xliff", units: 6, read: 6, capped: 0 });
      const before = await unitsWithHindi(id);
      const after = await unitsWithHindi(report.id);
      expect(after).toEqual(before);
      expect(before.map((u) => u.status)).toEqual(["approved", "translated", "rejected", "approved", "draft", "draft"]);
      // The ids written are the first document's; exporting the re-imported copy writes them again.
      const again = await xliffOf(report.id, version, "all");
      const ids = (s: string) => [...s.matchAll(/<(?:trans-unit|unit) id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids(again)).toEqual(ids(xml));
      expect(ids(xml)[0]).toMatch(/^setu-\d+$/);
      // The reviewer's comment travelled as a note and came back as a comment.
      const comments = await prisma.comment.findMany({ where: { unit: { documentId: report.id } } });
      expect(comments.map((c) => c.body)).toEqual([`${reviewer.email}: Check the number`]);
    });
  }

  it("1.2 export is read by translate-toolkit with Setu's states", async () => {
    const id = await translatedDocument();
    const units = readWithTranslateToolkit(await xliffOf(id, "1.2"));
    expect(units.map((u) => [u.target, u.state, u.approved])).toEqual([
      ["Flood report", "final", true],
      ["Floods hit Bihar & thousands were left <homeless>.", "translated", false],
      ["Relief arrived.", "needs-review-translation", false],
      ["Camps were opened.", "final", true],
      ["Food was distributed.", "new", false],
      [null, null, false],
    ]);
    expect(units[1].source).toBe("बिहार में बाढ़ आई। हज़ारों लोग बेघर हुए।");
  });

  it("approved-only export leaves other units without a target", async () => {
    const id = await translatedDocument();
    const units = readWithTranslateToolkit(await xliffOf(id, "1.2", "approved"));
    expect(units.map((u) => u.target)).toEqual(["Flood report", null, null, "Camps were opened.", null, null]);
  });

  it("keeps another tool's unit ids and caps a translator's approved units at translated", async () => {
    const xml = `<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="hi" target-language="en" datatype="x-docx" original="a.docx"><body>
      <trans-unit id="tu-9" approved="yes"><source>पहला वाक्य।</source><target state="final">First.</target></trans-unit>
      <trans-unit id="tu-10"><source>दूसरा वाक्य। तीसरा वाक्य।</source><target state="translated">Second and third.</target></trans-unit>
      <trans-unit id="tu-11"><source>चौथा।</source></trans-unit></body></file></xliff>`;
    const report = await importAs(translator, "client.xlf", xml);
    expect(report).toMatchObject({ units: 3, capped: 1 });
    const units = await prisma.unit.findMany({ where: { documentId: report.id }, orderBy: { firstSentence: "asc" } });
    expect(units.map((u) => [u.externalId, u.status, u.firstSentence, u.lastSentence])).toEqual([
      ["tu-9", "translated", 0, 0],
      ["tu-10", "translated", 1, 2],
      ["tu-11", "draft", 3, 3],
    ]);
    const out = await xliffOf(report.id, "1.2");
    expect([...out.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1])).toEqual(["tu-9", "tu-10", "tu-11"]);
  });

  it("refuses hostile and wrong files whole: nothing is stored", async () => {
    const before = await documentCount();
    const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><xliff version="1.2"><file source-language="hi"/></xliff>`;
    await expectAppError(importAs(reviewer, "bomb.xlf", bomb), "UNSAFE_XML");
    const english = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" datatype="plaintext" original="x"><body><trans-unit id="1"><source>Hello</source></trans-unit></body></file></xliff>`;
    const refused = await expectAppError(importAs(reviewer, "en.xlf", english), "BAD_INPUT", /not Hindi/);
    expect(refused.details?.reason).toBe("notHindiSource");
    // A well-formed start and a broken end: the units read before the break are not kept.
    const broken = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="hi" datatype="plaintext" original="x"><body><trans-unit id="1"><source>एक।</source></trans-unit><trans-unit id="2"><source>दो</target>`;
    await expectAppError(importAs(reviewer, "broken.xlf", broken), "MALFORMED_FILE");
    await expectAppError(importAs(reviewer, "notes.pdf", "%PDF"), "BAD_INPUT", /not a file Setu imports/);
    expect(await documentCount()).toBe(before);
  });
});

describe("DOCX", () => {
  async function translateAll(documentId: string, status: "approved" | "translated" = "approved") {
    const units = await prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } });
    for (const [i, u] of units.entries()) await prisma.unit.update({ where: { id: u.id }, data: { english: `English ${i + 1}.`, status } });
    return units.length;
  }

  it("imports paragraphs, list items and table cells in order, keeps the original and reports footnotes", async () => {
    const report = await importAs(reviewer, "report.docx", await sampleDocx());
    expect(report).toMatchObject({ format: "docx", read: 9, skipped: { footnotes: 1 } });
    const sentences = await prisma.sentence.findMany({ where: { documentId: report.id }, orderBy: { position: "asc" } });
    expect(sentences.map((s) => [s.kind, s.text])).toEqual([
      ["heading", "बाढ़ की रिपोर्ट"],
      ["sentence", "बिहार में बाढ़ आई।"],
      ["sentence", "हज़ारों लोग बेघर हुए।"],
      ["list_item", "राहत शिविर खोले गए।"],
      ["list_item", "भोजन बाँटा गया।"],
      ["sentence", "ज़िला"],
      ["sentence", "लोग"],
      ["sentence", "पटना"],
      ["sentence", "पाँच हज़ार"],
      ["sentence", "विवरण यहाँ है।"],
    ]);
    // The two sentences of one Word paragraph share a paragraph; cells are paragraphs of their own.
    expect(new Set(sentences.slice(1, 3).map((s) => s.paragraph)).size).toBe(1);
    expect(new Set(sentences.slice(5, 9).map((s) => s.paragraph)).size).toBe(4);
    const doc = await prisma.document.findUniqueOrThrow({ where: { id: report.id }, include: { original: true } });
    expect(doc.sourceFormat).toBe("docx");
    expect(doc.original?.fileName).toBe("report.docx");
  });

  it("exports the English into the original: read by python-docx in order with styles and formatting kept", async () => {
    const report = await importAs(reviewer, "report.docx", await sampleDocx());
    await translateAll(report.id);
    const out = await exportDocx({ documentId: report.id, status: "approved" });
    const read = readWithPythonDocx(out);
    const body = read.paragraphs.filter((p) => p.text.trim());
    expect(body.map((p) => [p.style, p.text])).toEqual([
      ["Heading 1", "English 1."],
      ["Normal", "English 2. English 3."],
      ["List Paragraph", "English 4."],
      ["List Paragraph", "English 5."],
      ["Normal", "English 10."],
    ]);
    expect(body[1].bold).toBe(true);
    expect(read.tables[0]).toEqual([
      ["English 6.", "English 7."],
      ["English 8.", "English 9."],
    ]);
    // Import → translate → export → import: the same paragraphs and units, now holding the English.
    const back = await importAs(reviewer, "english.docx", out);
    const sentences = await prisma.sentence.findMany({ where: { documentId: back.id }, orderBy: { position: "asc" } });
    expect(sentences.map((s) => s.text)).toEqual(Array.from({ length: 10 }, (_, i) => `English ${i + 1}.`));
    expect(back.units).toBe(10);
  });

  it("keeps unapproved paragraphs in Hindi in an approved-only export", async () => {
    const report = await importAs(reviewer, "report.docx", await sampleDocx());
    await translateAll(report.id, "translated");
    // Nothing approved: refused rather than a copy of the Hindi original (issue #11).
    expect((await expectAppError(exportDocx({ documentId: report.id, status: "approved" }), "CONFLICT")).details?.reason).toBe(
      "nothingApproved",
    );
    const last = await prisma.unit.findFirstOrThrow({ where: { documentId: report.id }, orderBy: { firstSentence: "desc" } });
    await prisma.unit.update({ where: { id: last.id }, data: { status: "approved" } });
    const read = readWithPythonDocx(await exportDocx({ documentId: report.id, status: "approved" }));
    expect(read.paragraphs[0].text).toBe("बाढ़ की रिपोर्ट");
  });

  it("builds a clean DOCX for a document imported as text", async () => {
    const { id } = await importDocument({
      projectId: PROJECT,
      title: `साफ़ ${Date.now()}`,
      text: "# शीर्षक\n\nपहला वाक्य। दूसरा वाक्य।\n\n- बिंदु एक",
      userId: null,
    });
    created.push(id);
    await translateAll(id);
    const read = readWithPythonDocx(await exportDocx({ documentId: id, status: "approved" }));
    expect(read.paragraphs.map((p) => [p.style, p.text])).toEqual([
      ["Heading 1", "English 1."],
      ["Normal", "English 2. English 3."],
      ["List Paragraph", "English 4."],
    ]);
  });

  it("refuses macro-enabled, encrypted and bomb files whole: nothing is stored", async () => {
    const before = await documentCount();
    const macro = handmadeDocx("<w:p><w:r><w:t>क</w:t></w:r></w:p>", { "word/vbaProject.bin": new Uint8Array(8) });
    expect((await expectAppError(importAs(reviewer, "m.docx", macro), "BAD_INPUT")).details?.reason).toBe("macros");
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await expectAppError(importAs(reviewer, "e.docx", ole), "BAD_INPUT")).details?.reason).toBe("encrypted");
    const bomb = handmadeDocx("<w:p/>", { "word/media/a.bin": new Uint8Array(30 * 1024 * 1024) });
    await expectAppError(importAs(reviewer, "b.docx", bomb), "TOO_LARGE");
    await expectAppError(importAs(reviewer, "empty.docx", handmadeDocx("<w:p/>")), "EMPTY_TEXT");
    expect(await documentCount()).toBe(before);
  });

  it("round-trips a document python-docx wrote on Word's template: styles, list styles, bold first runs, tables", async () => {
    const original = writeWithPythonDocx([
      { style: "Title", runs: [["ग्राम सभा", false]] },
      { style: "Heading 2", runs: [["बैठक का सार", false]] },
      {
        style: "Normal",
        runs: [
          ["सभा में ", true],
          ["सौ लोग आए।", false],
        ],
      },
      { style: "List Bullet", runs: [["सड़क की मरम्मत।", false]] },
      { style: "List Number", runs: [["पानी की टंकी।", false]] },
      { table: [["नाम", "पद"]] },
      { style: "Quote", runs: [["“हम साथ हैं।”", false]] },
    ]);
    const report = await importAs(reviewer, "sabha.docx", original);
    const sentences = await prisma.sentence.findMany({ where: { documentId: report.id }, orderBy: { position: "asc" } });
    expect(sentences.map((s) => s.kind)).toEqual([
      "heading",
      "heading",
      "sentence",
      "list_item",
      "list_item",
      "sentence",
      "sentence",
      "sentence",
    ]);
    const units = await prisma.unit.findMany({ where: { documentId: report.id }, orderBy: { firstSentence: "asc" } });
    const english = [
      "Village assembly",
      "Summary of the meeting",
      "A hundred people came.",
      "Road repairs.",
      "The water tank.",
      "Name",
      "Post",
      "“We stand together.”",
    ];
    for (const [i, u] of units.entries())
      await prisma.unit.update({ where: { id: u.id }, data: { english: english[i], status: "approved" } });
    const read = readWithPythonDocx(await exportDocx({ documentId: report.id, status: "approved" }));
    // python-docx writes bold=False as an explicit <w:b w:val="0"/>: the first run's formatting, kept.
    expect(read.paragraphs.map((p) => [p.style, p.text, p.bold])).toEqual([
      ["Title", "Village assembly", false],
      ["Heading 2", "Summary of the meeting", false],
      ["Normal", "A hundred people came.", true],
      ["List Bullet", "Road repairs.", false],
      ["List Number", "The water tank.", false],
      ["Quote", "“We stand together.”", false],
    ]);
    expect(read.tables).toEqual([[["Name", "Post"]]]);
  });
});

describe("SRT", () => {
  const srt =
    "1\r\n00:00:01,000 --> 00:00:03,500\r\nनमस्ते दोस्तों।\r\n\r\n2\r\n00:00:04,000 --> 00:00:06,000 X1:10 X2:20\r\n<i>आज हम</i> बात करेंगे\r\nबाढ़ के बारे में।\r\n\r\n3\r\n00:00:07,000 --> 00:00:09,000\r\nयह पहला है। यह दूसरा है।\r\n";

  it("import → translate → export keeps numbers and timings, wraps English, and imports back to the same cues", async () => {
    const report = await importAs(reviewer, "clip.srt", srt);
    expect(report).toMatchObject({ format: "srt", read: 3, units: 4 });
    const units = await prisma.unit.findMany({ where: { documentId: report.id }, orderBy: { firstSentence: "asc" } });
    const english = [
      "Hello friends.",
      "Today we are going to talk about the floods that hit Bihar last week.",
      "This is the first.",
      "This is the second.",
    ];
    for (const [i, u] of units.entries())
      await prisma.unit.update({ where: { id: u.id }, data: { english: english[i], status: "approved" } });
    const out = await exportSrt({ documentId: report.id, status: "approved", lineLength: 42 });
    const cues = readSrt(out);
    expect(cues.map((c) => [c.number, c.timing])).toEqual(readSrt(srt).map((c) => [c.number, c.timing]));
    expect(cues[1].lines).toEqual(["Today we are going to talk about the", "floods that hit Bihar last week."]);
    for (const c of cues) for (const line of c.lines) expect(line.length).toBeLessThanOrEqual(42);
    expect(cues[2].lines).toEqual(["This is the first. This is the second."]);
    const narrow = readSrt(await exportSrt({ documentId: report.id, status: "approved", lineLength: 20 }));
    for (const c of narrow) for (const line of c.lines) expect(line.length).toBeLessThanOrEqual(20);
    const back = await importAs(reviewer, "english.srt", out);
    expect(back).toMatchObject({ read: 3, units: 4 });
  });

  it("keeps untranslated cues as they were, and refuses SRT export of a document that has no subtitles", async () => {
    const report = await importAs(reviewer, "clip.srt", srt);
    // No English at all: refused rather than the original file again (issue #11).
    expect((await expectAppError(exportSrt({ documentId: report.id, status: "all", lineLength: 42 }), "CONFLICT")).details?.reason).toBe(
      "nothingTranslated",
    );
    const last = await prisma.unit.findFirstOrThrow({ where: { documentId: report.id }, orderBy: { firstSentence: "desc" } });
    await prisma.unit.update({ where: { id: last.id }, data: { english: "This is the second." } });
    const cues = readSrt(await exportSrt({ documentId: report.id, status: "all", lineLength: 42 }));
    expect(cues[0].lines).toEqual(["नमस्ते दोस्तों।"]);
    const { id } = await importDocument({ projectId: PROJECT, title: `पाठ ${Date.now()}`, text: "एक वाक्य।", userId: null });
    created.push(id);
    expect((await expectAppError(exportSrt({ documentId: id, status: "all", lineLength: 42 }), "BAD_INPUT")).details?.reason).toBe(
      "srtNeedsOriginal",
    );
  });

  it("refuses a file that is not SRT, naming the line", async () => {
    const before = await documentCount();
    await expectAppError(importAs(reviewer, "bad.srt", "1\n00:00:01 --> 00:00:02\nक\n"), "MALFORMED_FILE", /line 2/);
    await expectAppError(importAs(reviewer, "bin.srt", new Uint8Array([0, 1, 2, 3])), "BINARY_FILE");
    expect(await documentCount()).toBe(before);
  });
});

describe("the setu command with the new formats", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const tmp = mkdtempSync(path.join(tmpdir(), "setu-formats-"));
  const setu = (args: string[]) => {
    const r = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], { encoding: "utf8", env: process.env });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("imports an XLIFF and exports it as XLIFF 2.0, DOCX and SRT errors", async () => {
    const id = await translatedDocument();
    const file = path.join(tmp, "in.xlf");
    writeFileSync(file, await xliffOf(id, "1.2"));
    const imported = setu(["import", file, "--title", "CLI XLIFF", "--project", "default"]);
    expect(imported.stderr).toContain("Imported 6 units from 6 translation units.");
    expect(imported.code).toBe(0);
    const newId = imported.stdout.trim();
    created.push(newId);
    const x20 = setu(["export", newId, "--format", "xliff20", "--all"]);
    expect(x20.code).toBe(0);
    expect(validateWithXsd(x20.stdout, XLIFF20_SCHEMA).ok).toBe(true);
    const docxPath = path.join(tmp, "out.docx");
    expect(setu(["export", newId, "--format", "docx", "--all", "--out", docxPath]).code).toBe(0);
    expect(readWithPythonDocx(new Uint8Array(readFileSync(docxPath))).paragraphs[0].text).toBe("Flood report");
    const srt = setu(["export", newId, "--format", "srt"]);
    expect(srt.code).toBe(2);
    expect(srt.stderr).toMatch(/imported from an .srt file/);
    const many = setu(["export", newId, id, "--format", "xliff12"]);
    expect(many.code).toBe(2);
    expect(many.stderr).toMatch(/exports one document/);
  });
});
