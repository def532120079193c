import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storeSegments } from "@/features/documents/mutations";
import { streamExport } from "@/features/exchange/data";
import { importTmx } from "@/features/exchange/mutations";
import type { ExportOptions } from "@/features/exchange/schema";
import { prisma } from "@/lib/server/prisma";
import { segmentHindi } from "@/lib/text/segment";
import { DEFAULT_PROJECT as PROJECT } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");
const dtd = path.join(root, "tests/fixtures/tmx14.dtd");
const tmp = mkdtempSync(path.join(tmpdir(), "setu-exchange-"));
const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const created: string[] = [];
const MAX = 5 * 1024 * 1024;
const pinned = new Date("2025-01-02T03:04:05Z");

const translator = { id: `tr-${tag}`, name: "Tara", email: `tara-${tag}@example.test` };
const reviewer = { id: `rv-${tag}`, name: "Ravi", email: `ravi-${tag}@example.test` };
let docId = "";
let otherId = "";
let unitIds: number[] = [];

async function collect(opts: Partial<ExportOptions> & { documentIds: ExportOptions["documentIds"] }): Promise<string> {
  let out = "";
  for await (const chunk of streamExport({ format: "tmx", status: "all", notes: false, bareLangs: false, creationDate: pinned, ...opts })) {
    out += chunk;
  }
  return out;
}

function validate(xml: string): void {
  try {
    execFileSync("xmllint", ["--version"], { stdio: "ignore" });
  } catch {
    throw new Error("xmllint is missing: install libxml2-utils (CI does so in .ci/run)");
  }
  const file = path.join(tmp, `v-${Math.random().toString(36).slice(2)}.tmx`);
  writeFileSync(file, xml);
  // Throws with xmllint's message on any validity error.
  execFileSync("xmllint", ["--noout", "--nonet", "--dtdvalid", dtd, file], { stdio: "pipe" });
}

const count = (xml: string, needle: RegExp) => xml.match(needle)?.length ?? 0;

async function createDocument(title: string, text: string, english: [number, number, string, string][]) {
  const segments = segmentHindi(text);
  const result = await storeSegments({
    projectId: PROJECT,
    title,
    segments,
    wordCount: 10,
    hasDevanagari: true,
    userId: translator.id,
    englishByUnit: english.map(([first, last, en, status]) => ({ first, last, english: en, status: status as "draft" })),
  });
  created.push(result.id);
  return result.id;
}

beforeAll(async () => {
  await prisma.user.createMany({ data: [translator, reviewer] });
  docId = await createDocument(`विनिमय ${tag}`, "पहला वाक्य। दूसरा वाक्य। तीसरा वाक्य। चौथा वाक्य। पाँचवाँ वाक्य।", [
    [0, 0, `First & <one> "q" 'a'\u0007 end`, "approved"],
    [1, 2, "Second and third.", "approved"],
    [3, 3, "Fourth.", "translated"],
    [4, 4, "", "draft"],
  ]);
  const units = await prisma.unit.findMany({ where: { documentId: docId }, orderBy: { firstSentence: "asc" } });
  unitIds = units.map((u) => u.id);
  await prisma.unit.update({ where: { id: unitIds[1] }, data: { authorId: reviewer.id } });
  await prisma.comment.createMany({
    data: [
      { unitId: unitIds[0], authorId: reviewer.id, kind: "comment", body: "Check <this> & that" },
      { unitId: unitIds[0], authorId: reviewer.id, kind: "approve", body: "not a note" },
      { unitId: unitIds[2], authorId: translator.id, kind: "reject", body: "Too literal" },
    ],
  });
  otherId = await createDocument(`दूसरा ${tag}`, "एक और दस्तावेज़। दूसरी पंक्ति।", [
    [0, 0, "Another document.", "approved"],
    [1, 1, "Second line.", "draft"],
  ]);
});

afterAll(async () => {
  await prisma.document.deleteMany({ where: { id: { in: created } } });
  await prisma.user.deleteMany({ where: { id: { in: [translator.id, reviewer.id] } } });
});

describe("TMX export", () => {
  it("is valid TMX 1.4 with Setu's header, ids, props, notes and escaping", async () => {
    const xml = await collect({ documentIds: [docId], notes: true });
    validate(xml);
    expect(xml).toContain('<tmx version="1.4">');
    const [header = ""] = xml.match(/<header [^>]*\/>/) ?? [];
    expect(header).not.toBe("");
    for (const attr of [
      'creationtool="Setu"',
      'creationtoolversion="0.1.0"',
      'datatype="plaintext"',
      'segtype="sentence"',
      'adminlang="en-US"',
      'srclang="hi-IN"',
      'o-tmf="Setu"',
      'creationdate="20250102T030405Z"',
    ]) {
      expect(header).toContain(attr);
    }
    expect(count(xml, /<tu /g)).toBe(3);
    expect(xml).toContain(`tuid="setu-${unitIds[0]}"`);
    expect(xml).toContain(`creationid="${translator.email}"`);
    expect(xml).toContain(`changeid="${reviewer.email}"`);
    expect(xml).toContain(`<prop type="x-setu-document">${docId}</prop>`);
    expect(xml).toContain(`<prop type="x-setu-document-title">विनिमय ${tag}</prop>`);
    expect(xml).toContain('<prop type="x-setu-position">1-2</prop>');
    expect(xml).toContain('<prop type="x-setu-status">translated</prop>');
    expect(xml).toContain('<tuv xml:lang="hi-IN"><seg>दूसरा वाक्य। तीसरा वाक्य।</seg></tuv>');
    expect(xml).toContain("<seg>First &amp; &lt;one&gt; &quot;q&quot; &apos;a&apos; end</seg>");
    expect(xml).not.toContain("\u0007");
    expect(xml).toContain(`<note>${reviewer.email}: Check &lt;this&gt; &amp; that</note>`);
    expect(xml).toContain(`<note>${translator.email}: Too literal</note>`);
    expect(xml).not.toContain("not a note");
    // Only the unit spanning two sentences overrides the header's segtype.
    expect(count(xml, /segtype="paragraph"/g)).toBe(1);
    expect(xml).toMatch(new RegExp(`tuid="setu-${unitIds[1]}"[^>]*segtype="paragraph"`));
  });

  it("keeps tuids stable across exports and filters approved, notes and bare languages", async () => {
    const a = await collect({ documentIds: [docId] });
    const b = await collect({ documentIds: [docId] });
    expect(a).toBe(b);
    expect(a).not.toContain("<note>");
    const approved = await collect({ documentIds: [docId], status: "approved" });
    validate(approved);
    expect(count(approved, /<tu /g)).toBe(2);
    expect(approved).not.toContain("Fourth.");
    const bare = await collect({ documentIds: [docId], bareLangs: true });
    validate(bare);
    expect(bare).toContain('srclang="hi"');
    expect(bare).toContain('<tuv xml:lang="hi">');
    expect(bare).toContain('<tuv xml:lang="en">');
    expect(bare).not.toContain("hi-IN");
  });

  it("puts several documents in one file and refuses unknown ids", async () => {
    const xml = await collect({ documentIds: [docId, otherId] });
    validate(xml);
    // Three units of the first document, and both of the second (one approved, one draft with English).
    expect(count(xml, /<tu /g)).toBe(5);
    expect(xml).toContain(`<prop type="x-setu-document">${otherId}</prop>`);
    await expect(collect({ documentIds: [docId, "missing-doc"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("writes CSV and aligned text", async () => {
    const csv = await collect({ documentIds: [docId], format: "csv", status: "approved" });
    expect(csv).toBe(`hindi,english\r\nपहला वाक्य।,"First & <one> ""q"" 'a'\u0007 end"\r\nदूसरा वाक्य। तीसरा वाक्य।,Second and third.\r\n`);
    const txt = await collect({ documentIds: [docId], format: "txt", status: "approved" });
    expect(txt.split("\n\n")[1]).toBe("दूसरा वाक्य। तीसरा वाक्य।\nSecond and third.");
  });
});

describe("TMX import", () => {
  it("round-trips an export: same sentences, English and statuses", async () => {
    const xml = await collect({ documentIds: [docId], notes: true });
    const report = await importTmx(new TextEncoder().encode(xml), {
      projectId: PROJECT,
      title: `Round ${tag}`,
      userId: reviewer.id,
      maxBytes: MAX,
      role: "reviewer",
    });
    created.push(report.id);
    expect(report).toMatchObject({ units: 3, read: 3, skipped: {}, extraLanguages: [], capped: 0 });
    const sentences = await prisma.sentence.findMany({ where: { documentId: report.id }, orderBy: { position: "asc" } });
    expect(sentences.map((s) => s.text)).toEqual(["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।", "चौथा वाक्य।"]);
    const units = await prisma.unit.findMany({ where: { documentId: report.id }, orderBy: { firstSentence: "asc" } });
    expect(units.map((u) => [u.firstSentence, u.lastSentence, u.english, u.status])).toEqual([
      [0, 0, `First & <one> "q" 'a' end`, "approved"],
      [1, 2, "Second and third.", "approved"],
      [3, 3, "Fourth.", "translated"],
    ]);
  });

  const tmx = (body: string, header = 'srclang="hi-IN"') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" ${header} o-tmf="t"/><body>${body}</body></tmx>`;
  const tu = (...variants: [string, string][]) =>
    `<tu>${variants.map(([l, t]) => `<tuv xml:lang="${l}"><seg>${t}</seg></tuv>`).join("")}</tu>`;

  it("takes Hindi and English from a three-language TMX and reports the rest", async () => {
    const xml = tmx(
      tu(["hi-IN", "नमस्ते दुनिया।"], ["en-US", "Hello world."], ["fr-FR", "Bonjour le monde."]) +
        tu(["hi-IN", "केवल हिंदी।"], ["fr-FR", "Seulement hindi."]),
    );
    const report = await importTmx(new TextEncoder().encode(xml), {
      projectId: PROJECT,
      title: `Tri ${tag}`,
      userId: null,
      maxBytes: MAX,
      role: "admin",
    });
    created.push(report.id);
    expect(report).toMatchObject({ units: 1, read: 2, skipped: { "no-english": 1 }, extraLanguages: ["fr-FR"] });
    const [unit] = await prisma.unit.findMany({ where: { documentId: report.id } });
    expect([unit.english, unit.status]).toEqual(["Hello world.", "translated"]);
  });

  it("accepts UTF-16 with a BOM", async () => {
    const xml = tmx(tu(["hi", "यूटीएफ सोलह।"], ["en", "UTF sixteen."])).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const bytes = new Uint8Array(Buffer.from(`\uFEFF${xml}`, "utf16le"));
    const report = await importTmx(bytes, { projectId: PROJECT, title: `U16 ${tag}`, userId: null, maxBytes: MAX, role: "admin" });
    created.push(report.id);
    expect(report.units).toBe(1);
    const [s] = await prisma.sentence.findMany({ where: { documentId: report.id } });
    expect(s.text).toBe("यूटीएफ सोलह।");
  });

  it.each([
    [
      "an external entity (XXE)",
      `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="hi"/><body>${tu(["hi", "&xxe;"], ["en", "x"])}</body></tmx>`,
      "UNSAFE_XML",
    ],
    ["a header without srclang", tmx(tu(["hi", "नमस्ते।"], ["en", "Hello."]), ""), "MALFORMED_FILE"],
    ["malformed XML", tmx(tu(["hi", "नमस्ते।"], ["en", "Hello."])).replace("</body>", "<body>"), "MALFORMED_FILE"],
    ["no Hindi at all", tmx(tu(["en", "Hello."], ["fr", "Bonjour."])), "BAD_INPUT"],
    ["a file over the limit", tmx(tu(["hi", "नमस्ते।".repeat(200)], ["en", "Hello."])), "TOO_LARGE"],
  ])("refuses %s and creates nothing", async (_label, xml, code) => {
    const before = await prisma.document.count();
    // Streamed in small chunks, as the web route does.
    const bytes = new TextEncoder().encode(xml);
    async function* chunks() {
      for (let i = 0; i < bytes.length; i += 64) yield bytes.subarray(i, i + 64);
    }
    await expect(
      importTmx(chunks(), { projectId: PROJECT, title: "bad", userId: null, maxBytes: 2_000, role: "admin" }),
    ).rejects.toMatchObject({ code });
    expect(await prisma.document.count()).toBe(before);
  });
});

describe("CLI export", () => {
  it("writes the same bytes as the in-process export", async () => {
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), "export", ...args], {
        env: { ...process.env },
        maxBuffer: 64 * 1024 * 1024,
      }).toString("utf8");
    const dateless = (s: string) => s.replace(/(<header [^>]*creationdate=")\d{8}T\d{6}Z/, "$1X");
    const fromCli = cli(docId, otherId, "--format", "tmx", "--all", "--notes");
    expect(dateless(fromCli)).toBe(dateless(await collect({ documentIds: [docId, otherId], notes: true })));
    expect(cli(docId, "--format", "csv")).toBe(await collect({ documentIds: [docId], format: "csv", status: "approved" }));
    const file = path.join(tmp, "out.txt");
    cli(docId, "--format", "txt", "--bare-langs", "--out", file);
    expect(execFileSync("cat", [file]).toString("utf8")).toBe(await collect({ documentIds: [docId], format: "txt", status: "approved" }));
  });
});

describe("large export", () => {
  it("streams 200,000 units with flat memory", async () => {
    const N = 200_000;
    const [{ id }] = await prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO document (id, title, sentence_count, project_id) VALUES (${`big-${tag}`}, 'Big', ${N}, 'default') RETURNING id`;
    created.push(id);
    await prisma.$executeRaw`
      INSERT INTO sentence (document_id, position, paragraph, text)
      SELECT ${id}, g, g / 10, 'यह वाक्य संख्या ' || g || ' है।' FROM generate_series(0, ${N} - 1) g`;
    await prisma.$executeRaw`
      INSERT INTO unit (document_id, first_sentence, last_sentence, english, status, created_by_id, author_id)
      SELECT ${id}, g, g, 'This is sentence number ' || g || '.', 'approved', ${translator.id}, ${reviewer.id}
      FROM generate_series(0, ${N} - 1) g`;
    // Autovacuum would analyse the tables soon after such a bulk load; without statistics the planner
    // takes the 200,000-row tables for tiny ones.
    await prisma.$executeRaw`ANALYZE unit, sentence, comment`;
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    let units = 0;
    let bytes = 0;
    let chunks = 0;
    const started = performance.now();
    for await (const chunk of streamExport({ documentIds: [id], format: "tmx", status: "approved", notes: true, bareLangs: false })) {
      units += count(chunk, /<tu /g);
      bytes += chunk.length;
      if (++chunks % 20 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    peak = Math.max(peak, process.memoryUsage().rss);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `200k-unit TMX export: ${seconds.toFixed(1)} s, ${(bytes / 1e6).toFixed(0)} M chars, peak RSS growth ${((peak - base) / 1024 / 1024).toFixed(0)} MiB`,
    );
    expect(units).toBe(N);
  });
});
