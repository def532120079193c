import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as undoRoute } from "@/app/api/documents/[id]/undo/route";
import { POST as propagateRoute } from "@/app/api/units/[id]/propagate/route";
import { GET as repetitionsRoute } from "@/app/api/units/[id]/repetitions/route";
import { saveUnit } from "@/features/editor/mutations";
import { setMember } from "@/features/projects/mutations";
import { reviewUnit } from "@/features/review/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Propagation of repetitions over the real routes: the offer (GET repetitions) and the fill (POST
 * propagate) — refusals with the database unchanged, then a fill that touches only the untranslated
 * repetitions, and one undo that puts them back exactly.
 */
const R = "किसानों को ज़मीन का मुआवज़ा जल्द मिलेगा।";
// The same sentence spelt without nukta: the same once normalised (lib/tm folding).
const R_FOLDED = "किसानों को जमीन का मुआवजा जल्द मिलेगा।";
const X = "यह बिल्कुल अलग वाक्य है।";
const E = "Farmers will soon be compensated for their land.";

let translator: CurrentUser;
let reviewer: CurrentUser;
let outsider: CurrentUser;
let cookie: string;
let outsiderCookie: string;
let projectId: string;

async function edit(unitId: number, english: string, user: CurrentUser, markTranslated = true) {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  return saveUnit(unitId, { english, version: unit.version, markTranslated }, user);
}

/** [0] R confirmed, [1] X, [2] R, [3] R folded, [4] R translated otherwise, [5] R approved, [6] R with a draft. */
async function seed() {
  const doc = await makeDocument([R, X, R, R_FOLDED, R, R, R], null, projectId);
  await edit(doc.unitIds[4], "Another rendering.", translator);
  await edit(doc.unitIds[5], "The approved rendering.", translator);
  const five = await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[5] } });
  await reviewUnit(doc.unitIds[5], { action: "approve", version: five.version, comment: "" }, reviewer);
  await edit(doc.unitIds[6], "A draft of mine.", translator, false);
  const confirmed = await edit(doc.unitIds[0], E, translator);
  return { ...doc, version: confirmed.version };
}

async function state(documentId: string) {
  return {
    units: await prisma.unit.findMany({
      where: { documentId },
      orderBy: { firstSentence: "asc" },
      select: { id: true, english: true, status: true, version: true, needsReview: true, pretranslated: true, confidence: true },
    }),
    versions: await prisma.unitVersion.count({ where: { unit: { documentId } } }),
    undo: await prisma.undoEntry.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, kind: true } }),
    audit: await prisma.auditLog.count({ where: { documentId } }),
  };
}

const propagate = (unitId: number, json: unknown, opts: { cookie?: string | null; origin?: string } = {}) =>
  call(propagateRoute, "POST", `/api/units/${unitId}/propagate`, {
    cookie: opts.cookie === undefined ? cookie : opts.cookie,
    origin: opts.origin,
    params: { id: String(unitId) },
    json,
  });

beforeAll(async () => {
  translator = await makeUser("translator", "prop-tr");
  reviewer = await makeUser("reviewer", "prop-rv");
  outsider = await makeUser("translator", "prop-out");
  cookie = await sessionCookie(translator.email, "correct horse 7");
  outsiderCookie = await sessionCookie(outsider.email, "correct horse 7");
  projectId = (await prisma.project.create({ data: { name: `propagate ${Date.now()}` } })).id;
  await setMember(projectId, translator.id, "translator", null);
  await setMember(projectId, reviewer.id, "reviewer", null);
});

describe("the offer: GET /api/units/:id/repetitions", () => {
  it("lists the untranslated repetitions only (folded spelling included; translated, approved and drafted ones not)", async () => {
    const doc = await seed();
    const r = await call(repetitionsRoute, "GET", `/api/units/${doc.unitIds[0]}/repetitions`, {
      cookie,
      params: { id: String(doc.unitIds[0]) },
    });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ units: [doc.unitIds[2], doc.unitIds[3]] });
    // A unit without English offers nothing.
    const none = await call(repetitionsRoute, "GET", `/api/units/${doc.unitIds[2]}/repetitions`, {
      cookie,
      params: { id: String(doc.unitIds[2]) },
    });
    expect(none.body).toEqual({ units: [] });
  });

  it("answers a member of another project 404, showing nothing", async () => {
    const doc = await seed();
    const r = await call(repetitionsRoute, "GET", `/api/units/${doc.unitIds[0]}/repetitions`, {
      cookie: outsiderCookie,
      params: { id: String(doc.unitIds[0]) },
    });
    expect(r.status).toBe(404);
    expect(r.body.units).toBeUndefined();
  });
});

describe("the fill: POST /api/units/:id/propagate — refusals change nothing", () => {
  it("refuses no session (401), another project (404), another origin (403), a stale version (409), an untranslated source (400)", async () => {
    const doc = await seed();
    const before = await state(doc.id);
    expect((await propagate(doc.unitIds[0], { version: doc.version }, { cookie: null })).status).toBe(401);
    const other = await propagate(doc.unitIds[0], { version: doc.version }, { cookie: outsiderCookie });
    expect(other.status).toBe(404);
    expect((await propagate(doc.unitIds[0], { version: doc.version }, { origin: "https://evil.example" })).status).toBe(403);
    const stale = await propagate(doc.unitIds[0], { version: doc.version - 1 });
    expect([stale.status, stale.body.error?.details?.reason]).toEqual([409, "versionConflict"]);
    const untranslated = await propagate(doc.unitIds[1], { version: 1 });
    expect([untranslated.status, untranslated.body.error?.details?.reason]).toEqual([400, "nothingToPropagate"]);
    expect((await propagate(doc.unitIds[0], { version: "2" })).status).toBe(400);
    expect(await state(doc.id)).toEqual(before);
  });
});

describe("the fill by a translator of the project", () => {
  it("gives the English to the untranslated repetitions only, in one undo entry that puts them back exactly", async () => {
    const doc = await seed();
    const before = await state(doc.id);
    const r = await propagate(doc.unitIds[0], { version: doc.version });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ filled: 2, removed: [], undo: { kind: "propagate", units: 2 } });
    expect((r.body.units as { id: number; english: string }[]).map((u) => [u.id, u.english])).toEqual([
      [doc.unitIds[2], E],
      [doc.unitIds[3], E],
    ]);
    const after = await state(doc.id);
    expect(after.units.map((u) => [u.english, u.status])).toEqual([
      [E, "translated"],
      ["", "draft"],
      [E, "translated"],
      [E, "translated"],
      ["Another rendering.", "translated"],
      ["The approved rendering.", "approved"],
      ["A draft of mine.", "draft"],
    ]);
    expect(after.versions).toBe(before.versions + 2);
    expect(after.undo.map((u) => u.kind)).toEqual([...before.undo.map((u) => u.kind), "propagate"]);

    const entryId = (r.body.undo as { id: number }).id;
    const undone = await call(undoRoute, "POST", `/api/documents/${doc.id}/undo`, { cookie, params: { id: doc.id }, json: { entryId } });
    expect(undone.status).toBe(200);
    const restored = await state(doc.id);
    const withoutVersion = (s: typeof before) => s.units.map(({ version: _v, ...u }) => u);
    expect(withoutVersion(restored)).toEqual(withoutVersion(before));
    expect(restored.undo).toEqual(before.undo);
  });

  it("does not overwrite a repetition that got English after the offer (it is no longer offered)", async () => {
    const doc = await seed();
    await edit(doc.unitIds[2], "Typed meanwhile.", reviewer, false);
    const r = await propagate(doc.unitIds[0], { version: doc.version });
    expect(r.body).toMatchObject({ filled: 1 });
    const units = (await state(doc.id)).units;
    expect(units[2]).toMatchObject({ english: "Typed meanwhile.", status: "draft" });
    expect(units[3]).toMatchObject({ english: E, status: "translated" });
    // Nothing left: a second fill changes nothing and records no undo entry.
    const undoBefore = await prisma.undoEntry.count({ where: { documentId: doc.id } });
    const again = await propagate(doc.unitIds[0], { version: doc.version });
    expect(again.body).toMatchObject({ filled: 0 });
    expect(await prisma.undoEntry.count({ where: { documentId: doc.id } })).toBe(undoBefore);
  });
});
