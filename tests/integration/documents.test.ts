import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDocumentSummary, loadDocuments } from "@/features/documents/data";
import { deleteDocument, importDocument } from "@/features/documents/mutations";
import { SAMPLE_TEXT } from "@/lib/documents/sample";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import { DEFAULT_PROJECT as PROJECT } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");

async function sentencesOf(documentId: string) {
  return prisma.sentence.findMany({ where: { documentId }, orderBy: { position: "asc" } });
}

describe("document import", () => {
  it("stores sentences in order with paragraphs, one unit per sentence, and counts", async () => {
    const title = `Import ${Date.now()}`;
    const text = "\uFEFF# शीर्षक\r\n\r\nपहला वाक्य। दूसरा वाक्य?\r\n\r\n- सूची की मद\r\n- दूसरी मद\r\n";
    const result = await importDocument({ projectId: PROJECT, title, text, userId: null });
    const rows = await sentencesOf(result.id);
    expect(rows.map((r) => [r.position, r.paragraph, r.kind, r.text])).toEqual([
      [0, 0, "heading", "# शीर्षक"],
      [1, 1, "sentence", "पहला वाक्य।"],
      [2, 1, "sentence", "दूसरा वाक्य?"],
      [3, 2, "list_item", "- सूची की मद"],
      [4, 2, "list_item", "- दूसरी मद"],
    ]);
    const units = await prisma.unit.findMany({ where: { documentId: result.id }, orderBy: { firstSentence: "asc" } });
    expect(units.map((u) => [u.firstSentence, u.lastSentence, u.status, u.english])).toEqual(
      rows.map((r) => [r.position, r.position, "draft", ""]),
    );
    const summary = await loadDocumentSummary(result.id);
    expect(summary).toMatchObject({ title, sentenceCount: 5, units: 5, draft: 5, translated: 0 });
    expect((await loadDocuments({ q: title, sort: "title" }, null)).map((d) => d.id)).toEqual([result.id]);
    const audit = await prisma.auditLog.findFirst({ where: { documentId: result.id, action: "document.create" } });
    expect(audit).not.toBeNull();
  });

  it("normalises to NFC and collapses whitespace, keeping the text otherwise as written", async () => {
    const decomposed = "क\u093C\u093Fताब   पढ़ो।";
    const result = await importDocument({ projectId: PROJECT, title: `NFC ${Date.now()}`, text: decomposed, userId: null });
    const [row] = await sentencesOf(result.id);
    expect(row.text).toBe("क\u093Cिताब पढ़ो।".normalize("NFC"));
  });

  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\n\t "],
  ])("refuses %s text and creates nothing", async (_label, text) => {
    const before = await prisma.document.count();
    await expect(importDocument({ projectId: PROJECT, title: "x", text, userId: null })).rejects.toMatchObject({ code: "EMPTY_TEXT" });
    expect(await prisma.document.count()).toBe(before);
  });

  it("warns about text without Devanagari and imports it only when confirmed", async () => {
    const before = await prisma.document.count();
    const refused = await importDocument({ projectId: PROJECT, title: "en", text: "No Hindi here.", userId: null }).catch(
      (e: AppError) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).details?.reason).toBe("noDevanagari");
    expect(await prisma.document.count()).toBe(before);
    const ok = await importDocument({ projectId: PROJECT, title: "en", text: "No Hindi here.", userId: null, allowNoDevanagari: true });
    expect(ok.warnings).toEqual(["noDevanagari"]);
  });

  it("leaves no partial document when the import fails midway", async () => {
    const title = `Broken ${Date.now()}`;
    // A trigger makes PostgreSQL refuse one sentence deep inside the second batch, after the
    // document row and the first 10,000 sentences were written in the same transaction.
    await prisma.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION test_refuse_marker() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.text LIKE '%विफल-चिह्न%' THEN RAISE EXCEPTION 'refused by test trigger'; END IF;
        RETURN NEW;
      END $$`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER test_refuse_marker BEFORE INSERT ON sentence FOR EACH ROW EXECUTE FUNCTION test_refuse_marker()`,
    );
    try {
      const text = Array.from({ length: 15_000 }, (_, i) => (i === 12_345 ? "विफल-चिह्न।" : `वाक्य ${i}।`)).join(" ");
      await expect(importDocument({ projectId: PROJECT, title, text, userId: null })).rejects.toThrow();
      expect(await prisma.document.count({ where: { title } })).toBe(0);
      expect(await prisma.sentence.count({ where: { text: "वाक्य 1।", document: { title } } })).toBe(0);
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER test_refuse_marker ON sentence`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION test_refuse_marker()`);
    }
  });

  it("imports 100,000 sentences in one transaction", async () => {
    const text = Array.from(
      { length: 100_000 },
      (_, i) => (i % 50 === 49 ? "\n\n" : "") + `गंगा के किनारे ${i} किसानों ने जैविक खेती की नई पहल शुरू की और नदी को साफ़ रखने का संकल्प लिया।`,
    ).join(" ");
    const started = performance.now();
    const result = await importDocument({ projectId: PROJECT, title: `Big ${Date.now()}`, text, userId: null });
    const ms = performance.now() - started;
    console.log(`100,000-sentence import: ${Math.round(ms)} ms`);
    expect(result.sentenceCount).toBe(100_000);
    const [{ count, maxpos, paragraphs }] = await prisma.$queryRaw<{ count: number; maxpos: number; paragraphs: number }[]>`
      SELECT count(*)::int AS count, max(position) AS maxpos, count(DISTINCT paragraph)::int AS paragraphs
      FROM sentence WHERE document_id = ${result.id}`;
    expect({ count, maxpos, paragraphs }).toEqual({ count: 100_000, maxpos: 99_999, paragraphs: 2_001 });
    expect(await prisma.unit.count({ where: { documentId: result.id } })).toBe(100_000);
    await deleteDocument(result.id, "test");
    expect(await prisma.sentence.count({ where: { documentId: result.id } })).toBe(0);
  });

  it("stores exactly the sentences that `setu segment` prints", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-seg-"));
    const file = path.join(dir, "sample.md");
    writeFileSync(file, SAMPLE_TEXT);
    const printed = JSON.parse(
      execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), "segment", file, "--json"], { encoding: "utf8" }),
    ) as string[][];
    const result = await importDocument({ projectId: PROJECT, title: "Sample", text: SAMPLE_TEXT, userId: null });
    const rows = await sentencesOf(result.id);
    const stored: string[][] = [];
    for (const r of rows) {
      stored[r.paragraph] ??= [];
      stored[r.paragraph].push(r.text);
    }
    expect(stored).toEqual(printed);
  });

  it("`setu import` creates a document and prints its id", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-imp-"));
    const file = path.join(dir, "lekh.txt");
    writeFileSync(file, "पहला वाक्य। दूसरा वाक्य।\n");
    const id = execFileSync(
      process.execPath,
      [path.join(root, "cli/setu.mjs"), "import", file, "--title", "CLI लेख", "--project", "default"],
      {
        encoding: "utf8",
        env: { ...process.env },
      },
    ).trim();
    const doc = await prisma.document.findUniqueOrThrow({ where: { id } });
    expect(doc).toMatchObject({ title: "CLI लेख", sentenceCount: 2 });
  });
});
