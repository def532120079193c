import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as previewPost } from "@/app/api/documents/[id]/replace/preview/route";
import { POST as replacePost } from "@/app/api/documents/[id]/replace/route";
import { POST as undoPost } from "@/app/api/documents/[id]/undo/route";
import { saveUnit } from "@/features/editor/mutations";
import { setMember } from "@/features/projects/mutations";
import type { ReplacePreview, ReplaceResult } from "@/features/replace/types";
import { reviewUnit } from "@/features/review/mutations";
import { loadUndoTop } from "@/features/undo/data";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Find-and-replace across a document over the real handlers (session cookie, origin check, project
 * role, policy, one transaction): the refusals first, each with the database compared before and
 * after, then a replace and its undo after a "reload" (a fresh request reading undo_entry).
 */
const HI = ["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।", "चौथा वाक्य।", "पाँचवाँ वाक्य।"];
const ENGLISH = [
  "The farmer went to the field.",
  "A farmer's field (a.*b) is wide.",
  "The Farmer sold rice.",
  "No match here.",
  "The farmer was approved.",
];

/** Everything a replace-all could touch, to compare before and after a refusal. */
async function state(documentId: string) {
  return {
    units: await prisma.unit.findMany({
      where: { documentId },
      orderBy: { firstSentence: "asc" },
      select: { id: true, english: true, status: true, version: true, needsReview: true, confidence: true, authorId: true },
    }),
    versions: await prisma.unitVersion.count({ where: { unit: { documentId } } }),
    undo: await prisma.undoEntry.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, kind: true } }),
    audit: await prisma.auditLog.count({ where: { documentId } }),
    memory: await prisma.tmEntry.findMany({ where: { originDocumentId: documentId }, orderBy: { id: "asc" }, select: { target: true } }),
  };
}

let translator: CurrentUser;
let reviewer: CurrentUser;
let outsider: CurrentUser;
let cookie: string;
let reviewerCookie: string;
let outsiderCookie: string;

/** Five translated units; the last one approved by the reviewer. */
async function document() {
  const doc = await makeDocument(HI);
  for (const [i, unitId] of doc.unitIds.entries()) {
    await saveUnit(unitId, { english: ENGLISH[i], version: 1, markTranslated: true }, translator);
  }
  await reviewUnit(doc.unitIds[4], { action: "approve", version: 2, comment: "" }, reviewer);
  return doc;
}

const preview = (id: string, json: unknown, who = cookie, origin?: string | null) =>
  call(previewPost, "POST", `/api/documents/${id}/replace/preview`, { cookie: who, params: { id }, json, origin });
const replace = (id: string, json: unknown, who = cookie, origin?: string | null) =>
  call(replacePost, "POST", `/api/documents/${id}/replace`, { cookie: who, params: { id }, json, origin });

beforeAll(async () => {
  translator = await makeUser("translator", "replace-tr");
  reviewer = await makeUser("reviewer", "replace-rev");
  outsider = await makeUser("translator", "replace-out");
  cookie = await sessionCookie(translator.email, "correct horse 7");
  reviewerCookie = await sessionCookie(reviewer.email, "correct horse 7");
  outsiderCookie = await sessionCookie(outsider.email, "correct horse 7");
});

describe("find-and-replace: refusals change nothing", () => {
  it("refuses a translator who asks to include approved units (403), in the preview and the replace", async () => {
    const { id, unitIds } = await document();
    const before = await state(id);
    const query = { find: "farmer", replace: "grower", includeApproved: true };
    const p = await preview(id, query);
    expect(p.status).toBe(403);
    expect(p.body).toMatchObject({ error: { code: "FORBIDDEN", reason: "reviewerOnly" } });
    const r = await replace(id, { ...query, units: [{ id: unitIds[4], version: 3 }] });
    expect(r.status).toBe(403);
    expect(await state(id)).toEqual(before);
  });

  it("answers 404 to a member of another project, 401 without a session and 403 from another origin", async () => {
    const projectId = (await prisma.project.create({ data: { name: `replace ${Date.now()}` } })).id;
    await setMember(projectId, translator.id, "translator", null);
    const doc = await makeDocument(HI, null, projectId);
    await saveUnit(doc.unitIds[0], { english: "The farmer.", version: 1, markTranslated: true }, translator);
    const before = await state(doc.id);
    const query = { find: "farmer", replace: "grower", units: [{ id: doc.unitIds[0], version: 2 }] };
    expect((await preview(doc.id, query, outsiderCookie)).status).toBe(404);
    expect((await replace(doc.id, query, outsiderCookie)).status).toBe(404);
    expect((await replace(doc.id, query, "")).status).toBe(401);
    const foreign = await replace(doc.id, query, cookie, "https://evil.example");
    expect(foreign.status).toBe(403);
    expect(foreign.body).toMatchObject({ error: { reason: "crossOrigin" } });
    expect(await state(doc.id)).toEqual(before);
  });

  it("refuses hostile input: an empty find, huge strings, bad unit lists, not JSON", async () => {
    const { id, unitIds } = await document();
    const before = await state(id);
    const units = [{ id: unitIds[0], version: 2 }];
    for (const body of [
      { find: "", replace: "x", units },
      { find: "\u0000\u0001", replace: "x", units },
      { find: "farmer", replace: "x".repeat(501), units },
      { find: "f".repeat(1_000_000), replace: "x", units },
      { find: "farmer", replace: "x", units: [] },
      { find: "farmer", replace: "x", units: [{ id: "1; DROP TABLE unit", version: 2 }] },
      { find: "farmer", replace: "x", units: [{ id: unitIds[0], version: -1 }] },
      { find: "farmer", replace: "x", units: Array.from({ length: 10_001 }, (_, i) => ({ id: i + 1, version: 1 })) },
      { find: ["farmer"], replace: "x", units },
      { find: "farmer", replace: "x", units, includeApproved: "yes" },
    ]) {
      const r = await replace(id, body);
      expect(r.status, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    expect((await preview(id, { find: "", replace: "x" })).status).toBe(400);
    const raw = await call(replacePost, "POST", `/api/documents/${id}/replace`, {
      cookie,
      params: { id },
      raw: { body: "find=farmer", contentType: "application/x-www-form-urlencoded" },
    });
    expect(raw.status).toBeGreaterThanOrEqual(400);
    expect(await state(id)).toEqual(before);
  });

  it("leaves units of another document alone, even when their ids are sent", async () => {
    const { id } = await document();
    const other = await document();
    const beforeOther = await state(other.id);
    const before = await state(id);
    const r = await replace(id, { find: "farmer", replace: "grower", units: [{ id: other.unitIds[0], version: 2 }] });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ replaced: 0, gone: [other.unitIds[0]] });
    expect(await state(other.id)).toEqual(beforeOther);
    expect(await state(id)).toEqual(before);
  });

  it("reports units edited since the preview and does not overwrite them; all stale changes nothing at all", async () => {
    const { id, unitIds } = await document();
    const p = (await preview(id, { find: "farmer", replace: "grower" })).body as unknown as ReplacePreview;
    const units = p.units.filter((u) => !u.skip).map(({ id, version }) => ({ id, version }));
    expect(units.map((u) => u.id)).toEqual([unitIds[0], unitIds[1], unitIds[2]]);
    // Someone edits unit 2 after the preview.
    await saveUnit(unitIds[1], { english: "Someone else's farmer.", version: 2, markTranslated: false }, reviewer);

    const onlyStale = await state(id);
    const stale = await replace(id, { find: "farmer", replace: "grower", units: [units[1]] });
    expect(stale.status).toBe(200);
    expect(stale.body).toMatchObject({ replaced: 0, conflicts: [{ id: unitIds[1], version: 3 }] });
    expect(await state(id)).toEqual(onlyStale);

    const mixed = (await replace(id, { find: "farmer", replace: "grower", units })).body as unknown as ReplaceResult;
    expect(mixed.replaced).toBe(2);
    expect(mixed.conflicts).toEqual([{ id: unitIds[1], version: 3 }]);
    const after = await state(id);
    expect(after.units.map((u) => u.english)).toEqual([
      "The grower went to the field.",
      "Someone else's farmer.",
      "The grower sold rice.",
      "No match here.",
      "The farmer was approved.",
    ]);
  });
});

describe("find-and-replace", () => {
  it("previews every unit that would change, replaces literally in one transaction, and one undo after a reload restores every unit exactly", async () => {
    const { id, unitIds } = await document();
    const initial = await state(id);

    const p = await preview(id, { find: "farmer", replace: "grower" });
    expect(p.status).toBe(200);
    const listed = p.body as unknown as ReplacePreview;
    expect(listed.truncated).toBe(false);
    expect(listed.units.map((u) => [u.id, u.before, u.after, u.count, u.skip ?? null])).toEqual([
      [unitIds[0], ENGLISH[0], "The grower went to the field.", 1, null],
      [unitIds[1], ENGLISH[1], "A grower's field (a.*b) is wide.", 1, null],
      [unitIds[2], ENGLISH[2], "The grower sold rice.", 1, null],
      [unitIds[4], ENGLISH[4], "The grower was approved.", 1, "approved"],
    ]);
    // A preview reads only.
    expect(await state(id)).toEqual(initial);

    const units = listed.units.map(({ id, version }) => ({ id, version }));
    const r = await replace(id, { find: "farmer", replace: "grower", units });
    expect(r.status).toBe(200);
    const result = r.body as unknown as ReplaceResult;
    expect(result.replaced).toBe(3);
    expect(result.skipped).toEqual([{ id: unitIds[4], skip: "approved" }]);
    expect(result.undo).toMatchObject({ kind: "replace", units: 3 });
    const after = await state(id);
    expect(after.units.map((u) => [u.english, u.status])).toEqual([
      ["The grower went to the field.", "translated"],
      ["A grower's field (a.*b) is wide.", "translated"],
      ["The grower sold rice.", "translated"],
      ["No match here.", "translated"],
      ["The farmer was approved.", "approved"],
    ]);
    expect(after.undo).toEqual([...initial.undo, { id: expect.any(Number), kind: "replace" }]);
    expect(after.versions).toBe(initial.versions + 3);
    expect(after.audit).toBe(initial.audit + 1);
    expect(after.memory.map((m) => m.target)).toContain("The grower sold rice.");

    // A "reload": nothing in memory but the database says what undo will do.
    const top = await loadUndoTop(translator.id, id);
    expect(top).toMatchObject({ kind: "replace", units: 3 });
    const undone = await call(undoPost, "POST", `/api/documents/${id}/undo`, { cookie, params: { id }, json: { entryId: top?.id } });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ undone: "replace" });
    const back = await state(id);
    const withoutVersion = (s: typeof back) => s.units.map(({ version: _v, authorId: _a, ...u }) => u);
    expect(withoutVersion(back)).toEqual(withoutVersion(initial));
    expect(back.memory.map((m) => m.target).sort()).toEqual(initial.memory.map((m) => m.target).sort());
  });

  it("takes regex-looking text and $-patterns literally", async () => {
    const { id, unitIds } = await document();
    const p = (await preview(id, { find: "(a.*b)", replace: "[$&]" })).body as unknown as ReplacePreview;
    expect(p.units.map((u) => [u.id, u.after])).toEqual([[unitIds[1], "A farmer's field [$&] is wide."]]);
    expect((await preview(id, { find: ".*", replace: "x" })).body).toMatchObject({ units: [{ id: unitIds[1] }] });
  });

  it("matches case and whole words when asked", async () => {
    const { id, unitIds } = await document();
    const cased = (await preview(id, { find: "Farmer", replace: "Grower", matchCase: true })).body as unknown as ReplacePreview;
    expect(cased.units.map((u) => u.id)).toEqual([unitIds[2]]);
    const word = (await preview(id, { find: "farm", replace: "x", wholeWord: true })).body as unknown as ReplacePreview;
    expect(word.units).toEqual([]);
  });

  it("lets a reviewer include approved units, which stay approved; a unit approved after the preview is reported", async () => {
    const { id, unitIds } = await document();
    const query = { find: "farmer", replace: "grower", includeApproved: true };
    const p = (await preview(id, query, reviewerCookie)).body as unknown as ReplacePreview;
    expect(p.units.every((u) => !u.skip)).toBe(true);
    const approved = await reviewUnit(unitIds[0], { action: "approve", version: 2, comment: "" }, reviewer);
    const r = (await replace(id, { ...query, units: p.units.map(({ id, version }) => ({ id, version })) }, reviewerCookie))
      .body as unknown as ReplaceResult;
    expect(r.replaced).toBe(3);
    expect(r.conflicts).toEqual([{ id: unitIds[0], version: approved.version }]);
    const units = (await state(id)).units;
    expect(units[4]).toMatchObject({ english: "The grower was approved.", status: "approved" });
    expect(units[0]).toMatchObject({ english: ENGLISH[0], status: "approved" });
  });
});
