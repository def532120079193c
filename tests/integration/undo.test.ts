import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as undoGet, POST as undoPost } from "@/app/api/documents/[id]/undo/route";
import { mergeWithNext, moveSentence, saveUnit, splitUnit } from "@/features/editor/mutations";
import { addComment } from "@/features/review/mutations";
import { loadUndoTop } from "@/features/undo/data";
import { undoLast } from "@/features/undo/mutations";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

const HI = ["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।", "चौथा वाक्य।"];

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** Everything an undo could touch, to compare before and after a refusal. */
async function state(documentId: string) {
  return {
    units: await prisma.unit.findMany({
      where: { documentId },
      orderBy: { firstSentence: "asc" },
      select: { id: true, firstSentence: true, lastSentence: true, english: true, status: true, version: true, needsReview: true },
    }),
    comments: await prisma.comment.findMany({
      where: { unit: { documentId } },
      orderBy: { id: "asc" },
      select: { id: true, unitId: true },
    }),
    undo: await prisma.undoEntry.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true } }),
    versions: await prisma.unitVersion.count({ where: { unit: { documentId } } }),
    audit: await prisma.auditLog.count({ where: { documentId } }),
  };
}

/** Units [0] [1] [2] [3], the first three translated. */
async function translated(user: CurrentUser) {
  const doc = await makeDocument(HI);
  for (const [i, unitId] of doc.unitIds.slice(0, 3).entries()) {
    await saveUnit(unitId, { english: `English ${i}.`, version: 1, markTranslated: true }, user);
  }
  return doc;
}

describe("server-side undo", () => {
  let translator: CurrentUser;
  let other: CurrentUser;
  let cookie: string;
  let otherCookie: string;

  beforeAll(async () => {
    translator = await makeUser("translator", "undo-tr");
    other = await makeUser("translator", "undo-other");
    cookie = await sessionCookie(translator.email, "correct horse 7");
    otherCookie = await sessionCookie(other.email, "correct horse 7");
  });

  it("records merge, split and move per person and document, and undoes them newest first after a 'reload'", async () => {
    const { id, unitIds } = await translated(translator);
    const initial = await state(id);
    const note = await addComment(unitIds[1], { body: "on sentence 2" }, translator);

    const merged = await mergeWithNext(unitIds[0], { version: 2, nextVersion: 2 }, translator);
    expect(merged.undo).toMatchObject({ kind: "merge", unitId: unitIds[0] });
    const moved = await moveSentence(
      unitIds[0],
      { version: merged.units[0].version, neighbourVersion: 2, direction: "last-to-next" },
      translator,
    );
    expect(moved.undo).toMatchObject({ kind: "move", unitId: unitIds[0] });
    // Another person's operations are theirs: this person's newest is still the move.
    const otherDoc = await translated(other);
    await mergeWithNext(otherDoc.unitIds[0], { version: 2, nextVersion: 2 }, other);
    expect(await loadUndoTop(other.id, id)).toBeNull();

    // A reload reads the newest entry from the database and says what it will undo.
    const top = await call(undoGet, "GET", `/api/documents/${id}/undo`, { cookie, params: { id } });
    expect(top.status).toBe(200);
    expect(top.body).toEqual({ undo: { id: expect.any(Number), kind: "move", unitId: unitIds[0], units: 2 } });
    const undoneMove = await call(undoPost, "POST", `/api/documents/${id}/undo`, {
      cookie,
      params: { id },
      json: { entryId: (top.body as { undo: { id: number } }).undo.id },
    });
    expect(undoneMove.status).toBe(200);
    expect(undoneMove.body).toMatchObject({ undone: "move", undo: { kind: "merge" } });
    expect((await state(id)).units.map((u) => [u.id, u.firstSentence, u.lastSentence])).toEqual([
      [unitIds[0], 0, 1],
      [unitIds[2], 2, 2],
      [unitIds[3], 3, 3],
    ]);

    const mergeEntry = await loadUndoTop(translator.id, id);
    const undoneMerge = await undoLast(id, mergeEntry?.id ?? 0, translator);
    expect(undoneMerge.undo).toBeNull();
    expect(undoneMerge.removed).toEqual([]);
    // Back as before: the removed unit under its old id, English, status and no "needs review"; the comment on its sentence.
    const after = await state(id);
    expect(after.units.map(({ version: _v, ...u }) => u)).toEqual(initial.units.map(({ version: _v, ...u }) => u));
    expect(after.units.every((u, i) => u.version > initial.units[i].version || u.id === unitIds[3])).toBe(true);
    expect(after.comments).toEqual([{ id: note.id, unitId: unitIds[1] }]);
    expect(after.undo).toEqual([]);
    expect(await prisma.auditLog.count({ where: { documentId: id, action: { startsWith: "unit.undo-" } } })).toBe(2);
  });

  it("undoes a split: one unit again with its English, the created unit and its comments folded back", async () => {
    const { id, unitIds } = await translated(translator);
    const merged = await mergeWithNext(unitIds[1], { version: 2, nextVersion: 2 }, translator);
    const split = await splitUnit(
      unitIds[1],
      { version: merged.units[0].version, at: 2, englishFirst: "Half.", englishSecond: "Other half." },
      translator,
    );
    const created = split.units.find((u) => u.id !== unitIds[1]);
    const note = await addComment(created?.id ?? 0, { body: "on the new unit" }, translator);
    const result = await undoLast(id, split.undo?.id ?? 0, translator);
    expect(result.removed).toEqual([created?.id]);
    expect(result.units.map((u) => [u.id, u.first, u.last, u.english, u.status, u.needsReview])).toEqual([
      [unitIds[1], 1, 2, "English 1. English 2.", "translated", true],
    ]);
    expect(await prisma.comment.findUniqueOrThrow({ where: { id: note.id }, select: { unitId: true } })).toEqual({ unitId: unitIds[1] });
    expect(result.undo).toMatchObject({ kind: "merge" });
  });

  it("answers 404 to a person no longer in the document's project, even for their own newest operation", async () => {
    const leaver = await makeUser("translator", "undo-leaver");
    const leaverCookie = await sessionCookie(leaver.email, "correct horse 7");
    const { id, unitIds } = await translated(leaver);
    const merged = await mergeWithNext(unitIds[0], { version: 2, nextVersion: 2 }, leaver);
    await prisma.projectMember.deleteMany({ where: { userId: leaver.id } });
    const before = await state(id);

    const top = await call(undoGet, "GET", `/api/documents/${id}/undo`, { cookie: leaverCookie, params: { id } });
    expect(top.status).toBe(404);
    const undo = await call(undoPost, "POST", `/api/documents/${id}/undo`, {
      cookie: leaverCookie,
      params: { id },
      json: { entryId: merged.undo?.id ?? 0 },
    });
    expect(undo.status).toBe(404);
    expect(await state(id)).toEqual(before);
  });

  it("refuses another person's undo, a stale entry and a unit changed since, changing nothing", async () => {
    const { id, unitIds } = await translated(translator);
    const merged = await mergeWithNext(unitIds[0], { version: 2, nextVersion: 2 }, translator);
    const entryId = merged.undo?.id ?? 0;
    const before = await state(id);

    const theirs = await call(undoPost, "POST", `/api/documents/${id}/undo`, { cookie: otherCookie, params: { id }, json: { entryId } });
    expect(theirs.status).toBe(403);
    expect(theirs.body).toMatchObject({ error: { code: "FORBIDDEN", reason: "notYourUndo" } });
    const anonymous = await call(undoPost, "POST", `/api/documents/${id}/undo`, { params: { id }, json: { entryId } });
    expect(anonymous.status).toBe(401);
    const crossOrigin = await call(undoPost, "POST", `/api/documents/${id}/undo`, {
      cookie,
      params: { id },
      json: { entryId },
      origin: "https://evil.example",
    });
    expect(crossOrigin.status).toBe(403);
    const elsewhere = await makeDocument(HI);
    const wrongDocument = await call(undoPost, "POST", `/api/documents/${elsewhere.id}/undo`, {
      cookie,
      params: { id: elsewhere.id },
      json: { entryId },
    });
    expect(wrongDocument.status).toBe(404);
    const hostile = await call(undoPost, "POST", `/api/documents/${id}/undo`, { cookie, params: { id }, json: { entryId: "1; DROP" } });
    expect(hostile.status).toBe(400);
    expect(await state(id)).toEqual(before);

    // A newer operation comes first.
    const moved = await moveSentence(
      unitIds[0],
      { version: merged.units[0].version, neighbourVersion: 2, direction: "last-to-next" },
      translator,
    );
    const afterMove = await state(id);
    const older = await failure(undoLast(id, entryId, translator));
    expect([older.code, older.details?.reason]).toEqual(["CONFLICT", "undoStale"]);
    expect(await state(id)).toEqual(afterMove);

    // The moved sentence's new unit is edited by someone: the move can no longer be undone.
    const edited = moved.units.find((u) => u.id === unitIds[2]);
    await saveUnit(unitIds[2], { english: "Someone's fix.", version: edited?.version ?? 0, markTranslated: false }, other);
    const afterEdit = await state(id);
    const stale = await call(undoPost, "POST", `/api/documents/${id}/undo`, { cookie, params: { id }, json: { entryId: moved.undo?.id } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: "CONFLICT", reason: "undoStale", details: { unitId: unitIds[2], kind: "move" } } });
    expect(await state(id)).toEqual(afterEdit);
  });
});
