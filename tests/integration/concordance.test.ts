import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as concordanceRoute } from "@/app/api/documents/[id]/concordance/route";
import { saveUnit } from "@/features/editor/mutations";
import { setMember } from "@/features/projects/mutations";
import { CONCORDANCE_LIMIT, searchMemory } from "@/features/tm/data";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The editor's concordance (Ctrl+K) over the real route: scoped by the document's project (a member
 * of another project gets 404 and nothing of the memory), a too-short or too-long query is refused,
 * and a member finds entries by Hindi (folded spellings too) or English, with the matched parts marked.
 */
const S1 = "किसानों को ज़मीन का मुआवज़ा जल्द मिलेगा।";
const S2 = "सरकार ने नई योजना घोषित की।";
const E1 = "Farmers will soon be compensated for their land.";
const E2 = "The government announced a new scheme.";

let member: CurrentUser;
let outsider: CurrentUser;
let cookie: string;
let outsiderCookie: string;
let documentId: string;
let projectId: string;

const search = (q: string, c: string | null = cookie) =>
  call(concordanceRoute, "GET", `/api/documents/${documentId}/concordance?q=${encodeURIComponent(q)}`, {
    cookie: c,
    params: { id: documentId },
  });

type Hit = { hindi: { text: string; hit: boolean }[]; english: { text: string; hit: boolean }[]; status: string };
const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

beforeAll(async () => {
  member = await makeUser("translator", "conc-in");
  outsider = await makeUser("translator", "conc-out");
  cookie = await sessionCookie(member.email, "correct horse 7");
  outsiderCookie = await sessionCookie(outsider.email, "correct horse 7");
  projectId = (await prisma.project.create({ data: { name: `concordance ${Date.now()}` } })).id;
  await setMember(projectId, member.id, "translator", null);
  const doc = await makeDocument([S1, S2], null, projectId);
  documentId = doc.id;
  await saveUnit(doc.unitIds[0], { english: E1, version: 1, markTranslated: true }, member);
  await saveUnit(doc.unitIds[1], { english: E2, version: 1, markTranslated: true }, member);
  // Another project's memory holds the same word: it must never show here.
  const other = (await prisma.project.create({ data: { name: `concordance other ${Date.now()}` } })).id;
  await setMember(other, outsider.id, "translator", null);
  const theirs = await makeDocument(["किसानों की बैठक हुई।"], null, other);
  await saveUnit(theirs.unitIds[0], { english: "Farmers met.", version: 1, markTranslated: true }, outsider);
});

describe("GET /api/documents/:id/concordance", () => {
  it("refuses without a session (401) and answers a member of another project 404, showing nothing", async () => {
    const memory = await prisma.tmEntry.findMany({ orderBy: { id: "asc" } });
    expect((await search("किसान", null)).status).toBe(401);
    const r = await search("किसान", outsiderCookie);
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toContain("Farmers");
    expect(await prisma.tmEntry.findMany({ orderBy: { id: "asc" } })).toEqual(memory);
  });

  it("refuses a query shorter than two characters or longer than 200 (400)", async () => {
    const short = await search("क");
    expect([short.status, short.body.error?.details?.reason]).toEqual([400, "queryTooShort"]);
    expect((await search("x".repeat(201))).status).toBe(400);
  });

  it("finds by Hindi, a folded spelling too, and by English without case, only in this project, with the matches marked", async () => {
    const hindi = await search("किसानों");
    expect(hindi.status).toBe(200);
    const hits = hindi.body.hits as Hit[];
    expect(hits.map((h) => h.english.map((p) => p.text).join(""))).toEqual([E1]);
    expect(marked(hits[0].hindi)).toEqual(["किसानों"]);

    // Typed without nukta: found through the memory's normalisation (listed, not marked in the wrong place).
    const folded = (await search("जमीन")).body.hits as Hit[];
    expect(folded.map((h) => h.english.map((p) => p.text).join(""))).toEqual([E1]);

    const english = (await search("NEW SCHEME")).body as { hits: Hit[]; truncated: boolean };
    expect(english.truncated).toBe(false);
    expect(english.hits.map((h) => h.hindi.map((p) => p.text).join(""))).toEqual([S2]);
    expect(marked(english.hits[0].english)).toEqual(["new scheme"]);

    // A LIKE wildcard is a character like any other.
    expect(((await search("%%")).body.hits as Hit[]).length).toBe(0);
  });

  it("with more matches than it lists, lists approved first, then the newest, then by id, and says it truncated", async () => {
    // 30 entries share the phrase: every third approved, updated_at in pairs (ties broken by id), inserted out of order.
    const pid = (await prisma.project.create({ data: { name: `concordance order ${Date.now()}` } })).id;
    const base = Date.UTC(2026, 0, 1);
    const order = [17, 3, 29, 0, 11, 24, 8, 20, 5, 14, 26, 1, 9, 22, 13, 28, 4, 18, 7, 25, 2, 15, 10, 27, 6, 19, 12, 23, 16, 21];
    for (const i of order) {
      await prisma.$executeRaw`
        INSERT INTO tm_entry (project_id, source, target, source_norm, source_hash, target_hash, keys, status, updated_at)
        VALUES (${pid}, ${`बाढ़ राहत वाक्य ${i}`}, ${`Flood relief sentence ${i}`}, ${`बाढ़ राहत वाक्य ${i}`},
          md5(${`s${i}`})::uuid, md5(${`t${i}`})::uuid, '{}',
          ${i % 3 === 0 ? "approved" : "translated"}::"TmStatus", ${new Date(base + Math.floor(i / 2) * 60_000)})`;
    }
    const stored = await prisma.tmEntry.findMany({ where: { projectId: pid } });
    const expected = stored
      .sort(
        (a, b) =>
          Number(b.status === "approved") - Number(a.status === "approved") || b.updatedAt.getTime() - a.updatedAt.getTime() || a.id - b.id,
      )
      .slice(0, CONCORDANCE_LIMIT)
      .map((e) => e.id);
    for (const q of ["राहत", "flood RELIEF"]) {
      const { hits, truncated } = await searchMemory(pid, q);
      expect(truncated).toBe(true);
      expect(hits.map((h) => h.id)).toEqual(expected);
      expect(hits.slice(0, 10).every((h) => h.status === "approved")).toBe(true);
    }
    // A rarer phrase (fewer than the limit) goes the trigram way, same order.
    const rare = await searchMemory(pid, "वाक्य 2");
    expect(rare.truncated).toBe(false);
    expect(rare.hits.map((h) => h.id)).toEqual(stored.filter((e) => /वाक्य 2/.test(e.source)).map((e) => e.id));
  });
});
