import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { alignDocumentWithEnglish } from "@/features/alignment/mutations";
import { importDocument } from "@/features/documents/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeUser, DEFAULT_PROJECT as PROJECT } from "../support/fixtures";

const root = path.resolve(import.meta.dirname, "../..");
// A real account: documents and units name their creator by foreign key.
let user: CurrentUser;
beforeAll(async () => {
  user = await makeUser("translator", "align");
});

const HINDI = [
  "आज सुबह दिल्ली में हल्की बारिश हुई। तापमान गिरकर 18 डिग्री पर आ गया। ज़्यादातर स्कूल अपने तय समय पर ही खुले।",
  "मौसम विभाग ने नया पूर्वानुमान जारी किया है। इसके अनुसार कल तापमान 24 डिग्री तक पहुँचेगा। शहर में 40 से अधिक बसें देर से चलीं। शाम को करीब 2,000 लोग इंडिया गेट पर घूमने निकले।",
].join("\n\n");
// Hindi sentences 3 and 4 are one English sentence (2:1); "Traffic police…" has no Hindi (0:1).
const ENGLISH_SENTENCES = [
  "Light rain fell in Delhi this morning.",
  "The temperature dropped to 18 degrees.",
  "Most schools opened at their usual time.",
  "The weather department has issued a new forecast saying the temperature will reach 24 degrees tomorrow.",
  "More than 40 buses in the city ran late.",
  "Traffic police in Delhi blamed waterlogging near ITO and Ashram for the delays of the buses.",
  "In the evening, about 2,000 people went out for a stroll at India Gate.",
];
const ENGLISH = `${ENGLISH_SENTENCES.slice(0, 3).join(" ")}\n\n${ENGLISH_SENTENCES.slice(3).join(" ")}`;

async function unitsOf(documentId: string) {
  return prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } });
}

async function newDocument(label: string) {
  return importDocument({ projectId: PROJECT, title: `${label} ${Date.now()}`, text: HINDI, userId: user.id });
}

describe("alignDocumentWithEnglish", () => {
  it("replaces the units with aligned English covering every sentence once, in order", async () => {
    const doc = await newDocument("Align");
    const before = await prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    const report = await alignDocumentWithEnglish(doc.id, ENGLISH, user, { replace: false });

    const units = await unitsOf(doc.id);
    expect(units.map((u) => [u.firstSentence, u.lastSentence, u.english])).toEqual([
      [0, 0, ENGLISH_SENTENCES[0]],
      [1, 1, ENGLISH_SENTENCES[1]],
      [2, 2, ENGLISH_SENTENCES[2]],
      [3, 4, ENGLISH_SENTENCES[3]],
      [5, 5, `${ENGLISH_SENTENCES[4]} ${ENGLISH_SENTENCES[5]}`],
      [6, 6, ENGLISH_SENTENCES[6]],
    ]);
    // every Hindi sentence in exactly one unit, in order
    expect(units.flatMap((u) => Array.from({ length: u.lastSentence - u.firstSentence + 1 }, (_, k) => u.firstSentence + k))).toEqual([
      0, 1, 2, 3, 4, 5, 6,
    ]);
    for (const u of units) {
      expect(u.status).toBe("draft");
      expect(u.createdById).toBe(user.id);
      expect(u.confidence).not.toBeNull();
    }
    expect(units[0].confidence).toBeGreaterThan(0.5);
    // the unit that absorbed the unmatched sentence is marked for checking
    expect(units[4].confidence).toBeLessThanOrEqual(0.3);
    expect(report).toMatchObject({ documentId: doc.id, units: 6, replaced: 0 });
    expect(report.beads).toMatchObject({ "2:1": 1 });
    expect(report.beads["1:1"] + (report.beads["1:2"] ?? 0)).toBe(5);
    expect(report.lowConfidence).toBe(units.filter((u) => (u.confidence ?? 0) < 0.5).length);
    expect(report.lowConfidence).toBeGreaterThanOrEqual(1);

    const after = await prisma.document.findUniqueOrThrow({ where: { id: doc.id } });
    expect(after.structureVersion).toBe(before.structureVersion + 1);
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { documentId: doc.id, action: "document.align" } });
    expect(audit.userId).toBe(user.id);
    expect(audit.details).toMatchObject({ units: 6, hindiSentences: 7, englishSentences: 7, replaced: 0 });
  });

  it("refuses to overwrite translations unless told to replace them, then replaces everything", async () => {
    const doc = await newDocument("Replace");
    await alignDocumentWithEnglish(doc.id, ENGLISH, user, { replace: false });
    const first = await unitsOf(doc.id);
    const comment = await prisma.comment.create({ data: { unitId: first[0].id, authorId: user.id, body: "जाँचें" } });

    await expect(alignDocumentWithEnglish(doc.id, "Something else entirely.", user, { replace: false })).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "hasTranslations" },
    });
    expect(await unitsOf(doc.id)).toEqual(first);

    const report = await alignDocumentWithEnglish(doc.id, ENGLISH, user, { replace: true });
    expect(report.replaced).toBe(first.length);
    const second = await unitsOf(doc.id);
    expect(second.map((u) => u.english)).toEqual(first.map((u) => u.english));
    expect(second.map((u) => u.id).some((id) => first.some((f) => f.id === id))).toBe(false);
    expect(await prisma.comment.findUnique({ where: { id: comment.id } })).toBeNull();
  });

  it.each([
    ["empty English", "  \n\n ", "EMPTY_TEXT"],
    ["a document that does not exist", ENGLISH, "NOT_FOUND"],
  ])("changes nothing for %s", async (label, english, code) => {
    const doc = await newDocument("Unchanged");
    const id = label.startsWith("a document") ? "no-such-document" : doc.id;
    const before = await unitsOf(doc.id);
    const audits = await prisma.auditLog.count({ where: { action: "document.align" } });
    await expect(alignDocumentWithEnglish(id, english, user, { replace: true })).rejects.toMatchObject({ code });
    expect(await unitsOf(doc.id)).toEqual(before);
    expect((await prisma.document.findUniqueOrThrow({ where: { id: doc.id } })).structureVersion).toBe(0);
    expect(await prisma.auditLog.count({ where: { action: "document.align" } })).toBe(audits);
  });

  it("refuses English over the upload limit", async () => {
    const doc = await newDocument("Large");
    const limit = Number(process.env.SETU_MAX_UPLOAD_MB ?? 50) * 1024 * 1024;
    await expect(alignDocumentWithEnglish(doc.id, "a".repeat(limit + 1), user, { replace: false })).rejects.toMatchObject({
      code: "TOO_LARGE",
    });
  });
});

describe("setu align", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "setu-align-"));
  const file = (name: string, text: string | Buffer) => {
    const p = path.join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  const setu = (...args: string[]) =>
    execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), "align", ...args], { encoding: "utf8" });

  function expectPartition(units: { hi: number[]; en: number[]; confidence: number }[], n: number, m: number) {
    expect(units.flatMap((u) => u.hi)).toEqual(Array.from({ length: n }, (_, k) => k));
    expect(units.flatMap((u) => u.en)).toEqual(Array.from({ length: m }, (_, k) => k));
    for (const u of units) {
      expect(u.hi.length + u.en.length).toBeGreaterThan(0);
      expect(u.confidence).toBeGreaterThanOrEqual(0);
      expect(u.confidence).toBeLessThanOrEqual(1);
    }
  }

  it("prints the beads as JSON, every sentence of both sides in exactly one unit", () => {
    const out = JSON.parse(setu(file("hi.txt", HINDI), file("en.txt", ENGLISH), "--json")) as {
      units: { hi: number[]; en: number[]; confidence: number }[];
    };
    expect(Object.keys(out)).toEqual(["units"]);
    expectPartition(out.units, 7, 7);
    expect(out.units).toContainEqual(expect.objectContaining({ hi: [3, 4], en: [3] }));
    expect(out.units[0]).toMatchObject({ hi: [0], en: [0] });
  });

  it("prints one tab-separated bead per line with 1-based indices", () => {
    const lines = setu(path.join(dir, "hi.txt"), path.join(dir, "en.txt")).trimEnd().split("\n");
    expect(lines[0].split("\t")).toEqual([
      "1",
      "1",
      expect.stringMatching(/^\d\.\d{3}$/),
      "आज सुबह दिल्ली में हल्की बारिश हुई।",
      ENGLISH_SENTENCES[0],
    ]);
    expect(lines).toContainEqual(expect.stringMatching(/^4,5\t4\t/));
  });

  it("takes one sentence per line with --presegmented, blank lines between paragraphs", () => {
    // The third line holds two sentences by punctuation; as a presegmented line it is one.
    const hi = file("hi-lines.txt", "पहली पंक्ति 12 है\nदूसरी पंक्ति\n\nतीसरी पंक्ति 7 है। अब भी तीसरी\n");
    const en = file("en-lines.txt", "The first line is 12\nThe second line\n\nThe third line is 7. Still the third\n");
    const out = JSON.parse(setu(hi, en, "--json", "--presegmented")) as { units: { hi: number[]; en: number[]; confidence: number }[] };
    expectPartition(out.units, 3, 3);
    expect(out.units.map((u) => [u.hi, u.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it.each([
    ["a missing file", () => [path.join(dir, "missing.txt"), path.join(dir, "en.txt")], /missing\.txt: no such file/],
    [
      "a file that is not UTF-8",
      () => [file("latin1.txt", Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e])), path.join(dir, "en.txt")],
      /latin1\.txt: .*UTF-8/,
    ],
    ["an empty file", () => [path.join(dir, "hi.txt"), file("blank.txt", " \n\n")], /blank\.txt: the text is empty/],
    ["one file only", () => [path.join(dir, "hi.txt")], /two files/],
  ])("fails with one line on stderr for %s", (_label, files, message) => {
    const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), "align", ...files()], { encoding: "utf8" });
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe("");
    const lines = result.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
