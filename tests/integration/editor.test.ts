import { beforeAll, describe, expect, it } from "vitest";
import { loadChanges, loadUnitHistory, loadUnitIndex, SEARCH_LIMIT } from "@/features/editor/data";
import { heartbeat, mergeWithNext, moveSentence, saveUnit, splitUnit } from "@/features/editor/mutations";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser, sentenceTexts, unitsOf } from "../support/fixtures";

const HI = ["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।", "चौथा वाक्य।"];

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("editor operations", () => {
  let translator: CurrentUser;
  let other: CurrentUser;
  let reviewer: CurrentUser;

  beforeAll(async () => {
    translator = await makeUser("translator", "tr");
    other = await makeUser("translator", "other");
    reviewer = await makeUser("reviewer", "rev");
  });

  it("saves with optimistic locking, strips control characters and keeps history", async () => {
    const { id, unitIds } = await makeDocument(HI);
    const saved = await saveUnit(unitIds[0], { english: "First\u0007 sentence.", version: 1, markTranslated: false }, translator);
    expect(saved).toMatchObject({ english: "First sentence.", version: 2, status: "draft", author: translator.name });
    const marked = await saveUnit(unitIds[0], { english: "The first sentence.", version: 2, markTranslated: true }, translator);
    expect(marked).toMatchObject({ version: 3, status: "translated" });
    const history = await loadUnitHistory(unitIds[0]);
    expect(history.map((h) => [h.version, h.english])).toEqual([
      [3, "The first sentence."],
      [2, "First sentence."],
    ]);
    expect(await prisma.auditLog.count({ where: { unitId: unitIds[0] } })).toBe(2);
    expect((await loadChanges(id, new Date(Date.now() - 60_000), other.id)).units.map((u) => u.id)).toContain(unitIds[0]);
  });

  it("lets exactly one of two concurrent saves of the same version win; the other sees the winner's text", async () => {
    const { unitIds } = await makeDocument(HI);
    const results = await Promise.allSettled([
      saveUnit(unitIds[1], { english: "Mine.", version: 1, markTranslated: false }, translator),
      saveUnit(unitIds[1], { english: "Theirs.", version: 1, markTranslated: false }, other),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0].reason as AppError;
    expect(error.code).toBe("CONFLICT");
    const winner = (won[0] as PromiseFulfilledResult<{ english: string }>).value.english;
    expect((error.details as unknown as { current: { english: string } }).current.english).toBe(winner);
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[1] } });
    expect(unit).toMatchObject({ english: winner, version: 2 });
  });

  it("refuses over-long text and saves to a unit that no longer exists", async () => {
    const { unitIds } = await makeDocument(HI);
    await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, other);
    const gone = await failure(saveUnit(unitIds[1], { english: "Lost?", version: 1, markTranslated: false }, translator));
    expect(gone.code).toBe("GONE");
    const stale = await failure(saveUnit(unitIds[0], { english: "Stale", version: 1, markTranslated: false }, translator));
    expect(stale.code).toBe("CONFLICT");
  });

  it("merges a unit with the next one, joining English and keeping every Hindi sentence", async () => {
    const { id, unitIds } = await makeDocument(HI);
    await saveUnit(unitIds[0], { english: "One.", version: 1, markTranslated: true }, translator);
    await saveUnit(unitIds[1], { english: "Two.", version: 1, markTranslated: true }, translator);
    const result = await mergeWithNext(unitIds[0], { version: 2, nextVersion: 2 }, translator);
    expect(result.removed).toEqual([unitIds[1]]);
    expect(result.units[0]).toMatchObject({ first: 0, last: 1, english: "One. Two.", status: "translated", version: 3 });
    expect(result.units[0].hindi.map((h) => h.text)).toEqual(HI.slice(0, 2));
    expect((await unitsOf(id)).map((u) => [u.firstSentence, u.lastSentence])).toEqual([
      [0, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(await sentenceTexts(id)).toEqual(HI);
    expect(result.structureVersion).toBe(1);
    const last = (await unitsOf(id))[2];
    await expect(mergeWithNext(last.id, { version: 1, nextVersion: 1 }, translator)).rejects.toMatchObject({ code: "BAD_INPUT" });
  });

  it("splits a multi-sentence unit at a sentence boundary with the chosen English division", async () => {
    const { id, unitIds } = await makeDocument(HI);
    const merged = await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, translator);
    const again = await mergeWithNext(unitIds[0], { version: merged.units[0].version, nextVersion: 1 }, translator);
    const unit = again.units[0];
    expect([unit.first, unit.last]).toEqual([0, 2]);
    const split = await splitUnit(
      unitIds[0],
      { version: unit.version, at: 2, englishFirst: "One and two.", englishSecond: "Three." },
      translator,
    );
    expect(split.units.map((u) => [u.first, u.last, u.english])).toEqual([
      [0, 1, "One and two."],
      [2, 2, "Three."],
    ]);
    expect((await unitsOf(id)).map((u) => [u.firstSentence, u.lastSentence])).toEqual([
      [0, 1],
      [2, 2],
      [3, 3],
    ]);
    const bad = await failure(
      splitUnit(unitIds[0], { version: split.units[0].version, at: 0, englishFirst: "", englishSecond: "" }, translator),
    );
    expect(bad.code).toBe("BAD_INPUT");
    expect(await sentenceTexts(id)).toEqual(HI);
  });

  it("moves the first sentence to the previous unit and the last one to the next unit", async () => {
    const { id, unitIds } = await makeDocument(HI);
    const merged = await mergeWithNext(unitIds[1], { version: 1, nextVersion: 1 }, translator);
    // Units now: [0] [1,2] [3]
    const moved = await moveSentence(
      unitIds[1],
      { version: merged.units[0].version, neighbourVersion: 1, direction: "first-to-previous" },
      translator,
    );
    expect(moved.units.map((u) => [u.id, u.first, u.last])).toEqual([
      [unitIds[0], 0, 1],
      [unitIds[1], 2, 2],
    ]);
    const single = await failure(
      moveSentence(unitIds[1], { version: moved.units[1].version, neighbourVersion: 1, direction: "last-to-next" }, translator),
    );
    expect(single.details?.reason).toBe("singleSentence");
    const back = await moveSentence(
      unitIds[0],
      { version: moved.units[0].version, neighbourVersion: moved.units[1].version, direction: "last-to-next" },
      translator,
    );
    expect(back.units.map((u) => [u.first, u.last])).toEqual([
      [0, 0],
      [1, 2],
    ]);
    expect((await unitsOf(id)).map((u) => [u.firstSentence, u.lastSentence])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
  });

  it("takes an approved unit out of approved when a reviewer changes its Hindi side, and locks it for translators", async () => {
    const { unitIds } = await makeDocument(HI);
    await saveUnit(unitIds[0], { english: "One.", version: 1, markTranslated: true }, translator);
    await prisma.unit.update({ where: { id: unitIds[0] }, data: { status: "approved" } });
    const locked = await failure(saveUnit(unitIds[0], { english: "Changed", version: 2, markTranslated: false }, translator));
    expect(locked.code).toBe("FORBIDDEN");
    expect(locked.details?.reason).toBe("approvedLocked");
    const byReviewer = await saveUnit(unitIds[0], { english: "One, reviewed.", version: 2, markTranslated: false }, reviewer);
    expect(byReviewer.status).toBe("approved");
    // Realigning an approved unit is a reviewer's call too; the translator's attempt changes nothing.
    const refused = await failure(mergeWithNext(unitIds[0], { version: 3, nextVersion: 1 }, translator));
    expect([refused.code, refused.details?.reason]).toEqual(["FORBIDDEN", "approvedLocked"]);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } })).status).toBe("approved");
    const merged = await mergeWithNext(unitIds[0], { version: 3, nextVersion: 1 }, reviewer);
    expect(merged.units[0].status).toBe("draft");
  });

  it("filters the unit index by status and searches Hindi (normalised) and English", async () => {
    const { id, unitIds } = await makeDocument(["क़िला पुराना है।", "नदी बहती है।", "सूरज निकला।"]);
    await saveUnit(unitIds[1], { english: "The river flows.", version: 1, markTranslated: true }, translator);
    expect((await loadUnitIndex(id, { status: "translated" })).ids).toEqual([unitIds[1]]);
    expect((await loadUnitIndex(id, { q: "RIVER" })).ids).toEqual([unitIds[1]]);
    // Decomposed nukta in the query matches the stored NFC text.
    expect((await loadUnitIndex(id, { q: "क\u093Cिला" })).ids).toEqual([unitIds[0]]);
    expect((await loadUnitIndex(id, {})).ids).toEqual(unitIds);
  });

  it("stops a search at its limit, keeping the first matches in document order", async () => {
    const { id } = await makeDocument(Array.from({ length: 1_200 }, (_, i) => `खोज वाक्य ${i}।`));
    const all = await loadUnitIndex(id, {});
    const found = await loadUnitIndex(id, { q: "खोज" });
    expect(found.truncated).toBe(true);
    expect(found.ids).toEqual(all.ids.slice(0, SEARCH_LIMIT));
    const one = await loadUnitIndex(id, { q: "वाक्य 1199" });
    expect(one).toMatchObject({ ids: [all.ids[1_199]] });
    expect(one.truncated).toBeUndefined();
  });

  it("reports who else has the document open, across instances (from the database)", async () => {
    const { id, unitIds } = await makeDocument(HI);
    await heartbeat(other.id, id, unitIds[2]);
    const changes = await loadChanges(id, new Date(), translator.id);
    expect(changes.presence).toEqual([{ userId: other.id, name: other.name, unitId: unitIds[2] }]);
    expect((await loadChanges(id, new Date(), other.id)).presence).toEqual([]);
  });
});
