import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { checkTerms, getGlossarySnapshot, loadGlossary, loadGlossaryEntriesForMatching, loadProposals } from "@/features/glossary/data";
import { createEntry, deleteEntry, importGlossary, updateEntry } from "@/features/glossary/mutations";
import { glossaryEntryInput } from "@/features/glossary/schema";
import { glossaryToCsv } from "@/lib/glossary/csv-format";
import { parseGlossaryFile } from "@/lib/glossary/parse-file";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { writeTbx } from "@/lib/tbx/write-tbx";
import { DEFAULT_PROJECT } from "../support/fixtures";

// Server actions read the session from request headers; here the "signed-in user" is set directly.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/session", async () => {
  const { AppError } = await import("@/lib/errors");
  const requireUser = async () => {
    if (!session.user) throw new AppError("UNAUTHENTICATED", "Sign in first.", { reason: "signInRequired" });
    return session.user;
  };
  return {
    getCurrentUser: async () => session.user,
    requireUser,
    requireRole: async (...roles: string[]) => {
      const user = await requireUser();
      if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "wrong role", { reason: "roleRequired" });
      return user;
    },
  };
});
const actions = await import("@/features/glossary/actions");

const root = path.resolve(import.meta.dirname, "../..");
const run = Date.now().toString(36);
const tag = (word: string) => `${word}${run}`; // unique Latin suffix keeps this run's rows apart
const users: Record<"translator" | "reviewer", CurrentUser> = {
  translator: { id: `gl-tr-${run}`, email: `gl-tr-${run}@example.test`, name: "Tara", role: "translator" },
  reviewer: { id: `gl-rv-${run}`, email: `gl-rv-${run}@example.test`, name: "Ravi", role: "reviewer" },
};

beforeAll(async () => {
  await prisma.glossaryEntry.deleteMany({});
  for (const u of Object.values(users)) {
    await prisma.user.create({ data: { ...u } });
    // Made below the sign-up path, so they join the default project here (as sign-up would).
    await prisma.projectMember.create({
      data: { projectId: DEFAULT_PROJECT, userId: u.id, role: u.role === "reviewer" ? "reviewer" : "translator" },
    });
  }
});

afterAll(async () => {
  // The audit log is append-only, so its rows (and the users they name) go with the test database.
  await prisma.glossaryEntry.deleteMany({});
});

const entry = (hindi: string, english: string, extra: Partial<{ partOfSpeech: string; note: string }> = {}) =>
  glossaryEntryInput.parse({ hindi, terms: [{ english, status: "preferred" }], ...extra });

async function auditActions(entryId: string): Promise<string[]> {
  const rows = await prisma.auditLog.findMany({
    where: { details: { path: ["entryId"], equals: entryId } },
    orderBy: { id: "asc" },
  });
  return rows.map((r) => r.action);
}

describe("glossary CRUD", () => {
  it("creates, updates with an optimistic lock, refuses duplicates, deletes; all audited", async () => {
    const fields = glossaryEntryInput.parse({
      hindi: "  सरकार  ",
      note: "government",
      terms: [
        { english: "government", status: "preferred" },
        { english: "regime", status: "forbidden" },
      ],
    });
    expect(fields.hindi).toBe("सरकार");
    const { id } = await createEntry(DEFAULT_PROJECT, fields, users.reviewer.id);
    const stored = await prisma.glossaryEntry.findUniqueOrThrow({ where: { id }, include: { terms: true } });
    expect(stored).toMatchObject({ createdById: users.reviewer.id, updatedById: users.reviewer.id, state: "active" });
    expect(stored.terms.map((t) => [t.english, t.status])).toEqual([
      ["government", "preferred"],
      ["regime", "forbidden"],
    ]);

    await expect(createEntry(DEFAULT_PROJECT, fields, users.reviewer.id)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { reason: "duplicateTerm" },
    });
    // Same Hindi as another part of speech is a separate entry.
    const verb = await createEntry(DEFAULT_PROJECT, { ...fields, partOfSpeech: "verb" }, users.reviewer.id);

    const { updatedAt } = await updateEntry(
      { ...fields, id, terms: [{ english: "the government", status: "preferred" }], expectedUpdatedAt: stored.updatedAt.toISOString() },
      users.translator.id,
    );
    expect(updatedAt.getTime()).toBeGreaterThanOrEqual(stored.updatedAt.getTime());
    await expect(
      updateEntry({ ...fields, id, expectedUpdatedAt: stored.updatedAt.toISOString() }, users.reviewer.id),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "staleEntry" } });
    await expect(
      updateEntry({ ...fields, id: verb.id, partOfSpeech: "", expectedUpdatedAt: new Date().toISOString() }, users.reviewer.id),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "duplicateTerm" } });
    const after = await prisma.glossaryEntry.findUniqueOrThrow({ where: { id }, include: { terms: true } });
    expect(after.updatedById).toBe(users.translator.id);
    expect(after.terms.map((t) => t.english)).toEqual(["the government"]);

    await deleteEntry(id, users.reviewer.id);
    await deleteEntry(verb.id, users.reviewer.id);
    expect(await prisma.glossaryEntry.count({ where: { id } })).toBe(0);
    expect(await prisma.glossaryTerm.count({ where: { entryId: id } })).toBe(0);
    await expect(deleteEntry(id, users.reviewer.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await auditActions(id)).toEqual(["glossary.create", "glossary.update", "glossary.delete"]);
  });

  it("searches both languages and the folded Hindi spelling", async () => {
    const { id } = await createEntry(DEFAULT_PROJECT, entry("ज़मीन", tag("land")), users.reviewer.id);
    const ids = async (q: string) => (await loadGlossary(DEFAULT_PROJECT, { q })).map((e) => e.id);
    expect(await ids("ज़मीन")).toEqual([id]);
    expect(await ids("जमीन")).toEqual([id]); // without nukta
    expect(await ids(tag("LAND"))).toEqual([id]);
    expect(await ids("50%_")).toEqual([]);
    const [view] = await loadGlossary(DEFAULT_PROJECT, { q: tag("land") });
    expect(view).toMatchObject({ createdBy: "Ravi", updatedBy: "Ravi", terms: [{ english: tag("land"), status: "preferred" }] });
    await deleteEntry(id, null);
  });
});

describe("glossary permissions", () => {
  it("refuses create for a translator and writes nothing; propose → accept makes it active", async () => {
    const before = await prisma.glossaryEntry.count();
    const auditBefore = await prisma.auditLog.count();
    session.user = users.translator;
    const input = { hindi: "न्यायालय", terms: [{ english: tag("court"), status: "preferred" }] };
    expect(await actions.createEntryAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await prisma.glossaryEntry.count()).toBe(before);
    expect(await prisma.auditLog.count()).toBe(auditBefore);

    const proposed = await actions.proposeEntryAction(input);
    if (!proposed.ok) throw new Error(proposed.message);
    const id = proposed.data.id;
    expect((await loadProposals(DEFAULT_PROJECT)).map((p) => p.id)).toContain(id);
    expect((await loadGlossaryEntriesForMatching(DEFAULT_PROJECT)).map((e) => e.id)).not.toContain(id);
    expect(await actions.acceptProposalAction({ id })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    session.user = users.reviewer;
    expect(await actions.acceptProposalAction({ id })).toEqual({ ok: true, data: null });
    expect((await loadGlossaryEntriesForMatching(DEFAULT_PROJECT)).map((e) => e.id)).toContain(id);
    expect(await actions.acceptProposalAction({ id })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    session.user = users.translator;
    const second = await actions.proposeEntryAction({ hindi: "वकील", terms: [{ english: tag("lawyer"), status: "preferred" }] });
    if (!second.ok) throw new Error(second.message);
    session.user = users.reviewer;
    expect(await actions.rejectProposalAction({ id: second.data.id })).toEqual({ ok: true, data: null });
    expect(await prisma.glossaryEntry.count({ where: { id: second.data.id } })).toBe(0);

    expect(await actions.createEntryAction({ hindi: "", terms: [] })).toMatchObject({ ok: false, code: "BAD_INPUT" });
    expect(await auditActions(id)).toEqual(["glossary.propose", "glossary.accept"]);
    await deleteEntry(id, null);
    session.user = null;
  });
});

describe("glossary import", () => {
  const csv = [
    "hindi,english,status,part_of_speech,note",
    "विकास,development,preferred,noun,",
    "विकास,growth,preferred,noun,",
    "चुनाव,election,preferred,,",
    "चुनाव,poll,forbidden,,",
    "संसद,Parliament,do-not-translate,,",
  ].join("\n");

  it("imports CSV, then a re-import is all skipped; changes are merged without duplicates", async () => {
    const entries = parseGlossaryFile("g.csv", new TextEncoder().encode(csv), 1 << 20);
    expect(await importGlossary(DEFAULT_PROJECT, entries, users.reviewer.id)).toEqual({ added: 3, updated: 0, skipped: 0 });
    expect(await importGlossary(DEFAULT_PROJECT, entries, users.reviewer.id)).toEqual({ added: 0, updated: 0, skipped: 3 });
    const changed = `${csv.replace("poll,forbidden", "poll,preferred")}\nविकास,progress,preferred,noun,\nनया,new,preferred,,`;
    const report = await importGlossary(DEFAULT_PROJECT, parseGlossaryFile("g.csv", new TextEncoder().encode(changed), 1 << 20), null);
    expect(report).toEqual({ added: 1, updated: 2, skipped: 1 });
    const vikas = await prisma.glossaryEntry.findMany({ where: { hindi: "विकास" }, include: { terms: { orderBy: { position: "asc" } } } });
    expect(vikas).toHaveLength(1);
    expect(vikas[0].terms.map((t) => t.english)).toEqual(["development", "growth", "progress"]);
    const poll = await prisma.glossaryTerm.findFirstOrThrow({ where: { english: "poll" } });
    expect(poll.status).toBe("preferred");
    expect(await prisma.auditLog.count({ where: { action: "glossary.import" } })).toBeGreaterThanOrEqual(3);
  });

  it("round-trips through TBX and CSV export: re-importing the export skips every entry", async () => {
    const active = await loadGlossaryEntriesForMatching(DEFAULT_PROJECT);
    expect(active.length).toBeGreaterThan(0);
    const tbx = parseGlossaryFile("x.tbx", new TextEncoder().encode(writeTbx(active)), 1 << 20);
    expect(await importGlossary(DEFAULT_PROJECT, tbx, null)).toEqual({ added: 0, updated: 0, skipped: active.length });
    const fromCsv = parseGlossaryFile("x.csv", new TextEncoder().encode(glossaryToCsv(active)), 1 << 20);
    expect(await importGlossary(DEFAULT_PROJECT, fromCsv, null)).toEqual({ added: 0, updated: 0, skipped: active.length });
    const sansad = (await loadGlossaryEntriesForMatching(DEFAULT_PROJECT)).find((e) => e.hindi === "संसद");
    expect(sansad?.english).toEqual([{ text: "Parliament", status: "do-not-translate" }]);
  });

  it("matches by the part of speech from CSV and TBX, stored in Setu's spelling, and exports it", async () => {
    const file = ["hindi,english,status,part_of_speech,note", "पढ़ना,to read,preferred,Verb,", "किताब,book,preferred,N. F.,"].join("\n");
    expect(await importGlossary(DEFAULT_PROJECT, parseGlossaryFile("pos.csv", new TextEncoder().encode(file), 1 << 20), null)).toEqual({
      added: 2,
      updated: 0,
      skipped: 0,
    });
    const stored = await prisma.glossaryEntry.findMany({ where: { hindi: { in: ["पढ़ना", "किताब"] } }, orderBy: { hindi: "asc" } });
    expect(stored.map((e) => [e.hindi, e.partOfSpeech])).toEqual([
      ["किताब", "noun-f"],
      ["पढ़ना", "verb"],
    ]);
    // The same entries spelled as another tool would are the same entries.
    const again = file.replace("Verb", "verb").replace("N. F.", "noun (f)");
    expect(await importGlossary(DEFAULT_PROJECT, parseGlossaryFile("pos.csv", new TextEncoder().encode(again), 1 << 20), null)).toEqual({
      added: 0,
      updated: 0,
      skipped: 2,
    });

    const { matches, issues } = await checkTerms(DEFAULT_PROJECT, "उसने किताबें पढ़ीं, फिर पढ़ कर सो गई।", "She read the books, then slept.");
    expect(matches.map((m) => m.text)).toEqual(["किताबें", "पढ़ीं", "पढ़"]);
    expect(issues).toEqual([]);
    expect((await checkTerms(DEFAULT_PROJECT, "वह पढ़ सोचता है", "")).matches).toEqual([]);

    const tbx = `<?xml version="1.0"?><martif type="TBX-Basic"><text><body><termEntry id="k">
      <langSet xml:lang="hi"><tig><term>कमरा</term><termNote type="partOfSpeech">noun</termNote>
        <termNote type="grammaticalGender">masculine</termNote></tig></langSet>
      <langSet xml:lang="en"><tig><term>room</term></tig></langSet></termEntry></body></text></martif>`;
    expect(await importGlossary(DEFAULT_PROJECT, parseGlossaryFile("pos.tbx", new TextEncoder().encode(tbx), 1 << 20), null)).toMatchObject(
      { added: 1 },
    );
    const kamra = await prisma.glossaryEntry.findFirstOrThrow({ where: { hindi: "कमरा" } });
    expect(kamra.partOfSpeech).toBe("noun-m");
    expect((await checkTerms(DEFAULT_PROJECT, "दोनों कमरों में", "")).matches.map((m) => m.text)).toEqual(["कमरों"]);
    const exported = writeTbx(await loadGlossaryEntriesForMatching(DEFAULT_PROJECT));
    expect(exported).toContain(
      '<term>कमरा</term>\n          <termNote type="partOfSpeech">noun</termNote>\n          <termNote type="grammaticalGender">masculine</termNote>',
    );
    expect(exported).toContain('<term>पढ़ना</term>\n          <termNote type="partOfSpeech">verb</termNote>');
    expect(glossaryToCsv(await loadGlossaryEntriesForMatching(DEFAULT_PROJECT))).toContain("किताब,book,preferred,noun-f,");
    await prisma.glossaryEntry.deleteMany({ where: { hindi: { in: ["पढ़ना", "किताब", "कमरा"] } } });
  });

  it("normalises the part of speech of a form entry, so a differently spelled duplicate is refused", async () => {
    session.user = users.reviewer;
    const created = await actions.createEntryAction({
      hindi: "सुनना",
      partOfSpeech: "Verb",
      terms: [{ english: tag("hear"), status: "preferred" }],
    });
    if (!created.ok) throw new Error(created.message);
    expect(await prisma.glossaryEntry.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({ partOfSpeech: "verb" });
    expect(
      await actions.createEntryAction({ hindi: "सुनना", partOfSpeech: "v.", terms: [{ english: "x", status: "preferred" }] }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await deleteEntry(created.data.id, null);
    session.user = null;
  });

  it("imports a standard TBX-Basic file from another tool (DOCTYPE naming TBXcoreStructV02.dtd)", async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en-US">
  <martifHeader>
    <fileDesc><sourceDesc><p>Exported by OmegaT</p></sourceDesc></fileDesc>
    <encodingDesc><p type="XCSURI">TBXBasicXCSV02.xcs</p></encodingDesc>
  </martifHeader>
  <text>
    <body>
      <termEntry id="c1">
        <descrip type="definition">Head of a government department</descrip>
        <langSet xml:lang="hi-IN"><tig><term>मंत्री</term><termNote type="partOfSpeech">noun</termNote></tig></langSet>
        <langSet xml:lang="en-US">
          <tig><term>minister</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
          <tig><term>secretary</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        </langSet>
      </termEntry>
      <termEntry id="c2">
        <langSet xml:lang="hi"><ntig><termGrp><term>बजट</term></termGrp></ntig></langSet>
        <langSet xml:lang="en"><ntig><termGrp><term>budget</term></termGrp></ntig></langSet>
      </termEntry>
    </body>
  </text>
</martif>`;
    const entries = parseGlossaryFile("omegat.tbx", new TextEncoder().encode(xml), 1 << 20);
    expect(await importGlossary(DEFAULT_PROJECT, entries, null)).toEqual({ added: 2, updated: 0, skipped: 0 });
    const mantri = (await loadGlossaryEntriesForMatching(DEFAULT_PROJECT)).find((e) => e.hindi === "मंत्री");
    expect(mantri).toMatchObject({ partOfSpeech: "noun" });
    expect(mantri?.english).toEqual([
      { text: "minister", status: "preferred" },
      { text: "secretary", status: "forbidden" },
    ]);
  });

  it.each([
    ["malformed CSV", "bad.csv", "hindi,english,status,part_of_speech,note\nविकास,dev,preferred\n", "MALFORMED_FILE", /line 2/],
    ["unknown status", "bad.csv", "hindi,english,status,part_of_speech,note\nविकास,dev,maybe,,\n", "MALFORMED_FILE", /status/],
    [
      "XXE",
      "xxe.tbx",
      `<?xml version="1.0"?><!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><martif type="TBX-Basic"><text><body><termEntry><langSet xml:lang="hi"><tig><term>&xxe;</term></tig></langSet><langSet xml:lang="en"><tig><term>x</term></tig></langSet></termEntry></body></text></martif>`,
      "UNSAFE_XML",
      /entit/i,
    ],
    [
      "billion laughs",
      "lol.xml",
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><martif><text><body><termEntry><langSet xml:lang="hi"><tig><term>&lol2;</term></tig></langSet></termEntry></body></text></martif>`,
      "UNSAFE_XML",
      /entit/i,
    ],
    ["broken XML", "broken.tbx", `<martif><text><body><termEntry><langSet xml:lang="hi"><tig><term>x</tig>`, "MALFORMED_FILE", /./],
    ["wrong extension", "g.docx", "x", "BAD_INPUT", /docx/],
  ])("refuses %s and imports nothing", async (_label, name, content, code, message) => {
    const before = await prisma.glossaryEntry.count();
    let error: unknown;
    try {
      await importGlossary(DEFAULT_PROJECT, parseGlossaryFile(name, new TextEncoder().encode(content), 1 << 20), null);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code });
    expect((error as Error).message).toMatch(message);
    expect(await prisma.glossaryEntry.count()).toBe(before);
  });

  it("refuses a file over the size limit", () => {
    expect(() => parseGlossaryFile("big.csv", new Uint8Array(2048).fill(65), 1024)).toThrow(expect.objectContaining({ code: "TOO_LARGE" }));
  });
});

describe("matching against the database glossary", () => {
  it("caches the matcher until the glossary changes, and checks terms", async () => {
    const first = await getGlossarySnapshot(DEFAULT_PROJECT);
    expect(await getGlossarySnapshot(DEFAULT_PROJECT)).toBe(first);
    const { id } = await createEntry(DEFAULT_PROJECT, entry("चुनाव आयोग", "Election Commission"), users.reviewer.id);
    const second = await getGlossarySnapshot(DEFAULT_PROJECT);
    expect(second).not.toBe(first);
    expect(second.byId.has(id)).toBe(true);

    const hindi = "चुनाव आयोग ने विकास पर रिपोर्ट दी।";
    const { matches, issues } = await checkTerms(DEFAULT_PROJECT, hindi, "The poll commission reported on growth.");
    expect(matches.map((m) => m.text)).toEqual(["चुनाव आयोग", "विकास"]);
    expect(issues).toEqual([expect.objectContaining({ kind: "missing-term", entryId: id, expected: ["Election Commission"] })]);
    await deleteEntry(id, null);
    expect((await getGlossarySnapshot(DEFAULT_PROJECT)).byId.has(id)).toBe(false);
  });

  it("prints one JSON object per line from `setu terms --json`", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-terms-"));
    const file = path.join(dir, "in.txt");
    writeFileSync(file, "देश का विकास हुआ।\nकोई शब्द नहीं\nसंसद में चुनाव पर बहस\n");
    const out = execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), "terms", file, "--json", "--project", "default"], {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      encoding: "utf8",
    });
    const lines = out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      {
        line: 0,
        matches: [
          { start: 7, end: 12, text: "विकास", hindi: "विकास", english: ["development", "growth", "progress"], status: "preferred" },
        ],
      },
      { line: 1, matches: [] },
      {
        line: 2,
        matches: [
          { start: 0, end: 4, text: "संसद", hindi: "संसद", english: ["Parliament"], status: "do-not-translate" },
          { start: 9, end: 14, text: "चुनाव", hindi: "चुनाव", english: ["election", "poll"], status: "preferred" },
        ],
      },
    ]);
  });

  it("exports and imports through `setu glossary`", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "setu-glossary-"));
    const out = path.join(dir, "g.tbx");
    const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL };
    execFileSync(
      process.execPath,
      [path.join(root, "cli/setu.mjs"), "glossary", "export", "--format", "tbx", "--out", out, "--project", "default"],
      { env },
    );
    const printed = execFileSync(process.execPath, [path.join(root, "cli/setu.mjs"), "glossary", "import", out, "--project", "default"], {
      env,
      encoding: "utf8",
    });
    expect(printed).toMatch(/^added 0, updated 0, skipped \d+\n$/);
  });
});
