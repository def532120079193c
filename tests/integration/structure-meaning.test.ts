import { beforeAll, describe, expect, it } from "vitest";
import { loadUnitIndex, loadUnitsById } from "@/features/editor/data";
import { mergeWithNext, moveSentence, saveUnit, splitUnit } from "@/features/editor/mutations";
import { addComment, bulkApprove, reviewUnit } from "@/features/review/mutations";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";

const HI = ["पहला वाक्य।", "दूसरा वाक्य।", "तीसरा वाक्य।", "चौथा वाक्य।"];

async function flags(documentId: string) {
  const units = await prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } });
  return units.map((u) => [u.firstSentence, u.lastSentence, u.status, u.needsReview]);
}

async function commentHome(commentId: number) {
  const c = await prisma.comment.findUniqueOrThrow({ where: { id: commentId }, select: { unitId: true, sentence: true } });
  return c;
}

/** Units [0] [1,2] [3], all translated. */
async function translatedDocument(user: CurrentUser) {
  const { id, unitIds } = await makeDocument(HI);
  await mergeWithNext(unitIds[1], { version: 1, nextVersion: 1 }, user);
  for (const unitId of [unitIds[0], unitIds[1], unitIds[3]]) {
    const [u] = await prisma.unit.findMany({ where: { id: unitId } });
    await saveUnit(unitId, { english: `English of ${u.firstSentence}.`, version: u.version, markTranslated: true }, user);
  }
  return { id, unitIds };
}

describe("structure keeps meaning", () => {
  let translator: CurrentUser;
  let reviewer: CurrentUser;

  beforeAll(async () => {
    translator = await makeUser("translator", "sm-tr");
    reviewer = await makeUser("reviewer", "sm-rev");
  });

  it("flags both units of a moved sentence as needing review; the filter lists them; Ctrl+Enter or approval clears it", async () => {
    const { id, unitIds } = await translatedDocument(translator);
    // Clean before: nothing needs review.
    expect((await loadUnitIndex(id, { needsReview: true })).ids).toEqual([]);
    const [a, b] = await loadUnitsById(id, [unitIds[0], unitIds[1]]);
    const moved = await moveSentence(
      unitIds[1],
      { version: b.version, neighbourVersion: a.version, direction: "first-to-previous" },
      translator,
    );
    expect(moved.units.map((u) => [u.id, u.status, u.needsReview])).toEqual([
      [unitIds[0], "translated", true],
      [unitIds[1], "translated", true],
    ]);
    expect(await flags(id)).toEqual([
      [0, 1, "translated", true],
      [2, 2, "translated", true],
      [3, 3, "translated", false],
    ]);
    expect((await loadUnitIndex(id, { needsReview: true })).ids).toEqual([unitIds[0], unitIds[1]]);

    // Bulk approval leaves flagged units for a person to look at.
    expect(await bulkApprove(id, {}, reviewer)).toEqual({ approved: 1 });
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unitIds[0] } })).status).toBe("translated");

    // The translator confirms unit 1 unchanged with Ctrl+Enter; the reviewer approves unit 2.
    const confirmed = await saveUnit(
      unitIds[0],
      { english: moved.units[0].english, version: moved.units[0].version, markTranslated: true },
      translator,
    );
    expect([confirmed.status, confirmed.needsReview, confirmed.version]).toEqual(["translated", false, moved.units[0].version + 1]);
    // Typing alone (an autosave) is not a confirmation.
    const [second] = await loadUnitsById(id, [unitIds[1]]);
    const typed = await saveUnit(unitIds[1], { english: "Changed a bit.", version: second.version, markTranslated: false }, translator);
    expect(typed.needsReview).toBe(true);
    const approved = await reviewUnit(unitIds[1], { action: "approve", version: typed.version, comment: "" }, reviewer);
    expect([approved.status, approved.needsReview]).toEqual(["approved", false]);
    expect((await loadUnitIndex(id, { needsReview: true })).ids).toEqual([]);
  });

  it("marks merged and split translated units as needing review, but a reviewer's merge of approved units stands", async () => {
    const { id, unitIds } = await translatedDocument(translator);
    const merged = await mergeWithNext(unitIds[0], { version: 2, nextVersion: 3 }, translator);
    expect([merged.units[0].status, merged.units[0].needsReview]).toEqual(["translated", true]);
    const split = await splitUnit(
      unitIds[0],
      { version: merged.units[0].version, at: 1, englishFirst: "English of 0.", englishSecond: "" },
      translator,
    );
    // The half left without English is a draft: nothing there to review.
    expect(split.units.map((u) => [u.first, u.last, u.status, u.needsReview])).toEqual([
      [0, 0, "translated", true],
      [1, 2, "draft", false],
    ]);
    expect((await loadUnitIndex(id, { needsReview: true })).ids).toEqual([unitIds[0]]);

    const other = await translatedDocument(translator);
    await bulkApprove(other.id, {}, reviewer);
    const [x, y] = await loadUnitsById(other.id, [other.unitIds[0], other.unitIds[1]]);
    expect([x.status, y.status]).toEqual(["approved", "approved"]);
    const byReviewer = await mergeWithNext(other.unitIds[0], { version: x.version, nextVersion: y.version }, reviewer);
    expect([byReviewer.units[0].status, byReviewer.units[0].needsReview]).toEqual(["approved", false]);
  });

  it("keeps a comment thread with the sentence it was written on through merge and split", async () => {
    const { id, unitIds } = await makeDocument(HI);
    // Written on unit 2 (sentence 1), with a reply; another comment on unit 1 (sentence 0).
    const thread = await addComment(unitIds[1], { body: "दूसरे वाक्य पर" }, translator);
    const reply = await addComment(unitIds[1], { body: "reply", parentId: thread.id }, reviewer);
    const onFirst = await addComment(unitIds[0], { body: "on the first" }, translator);
    expect(await commentHome(thread.id)).toEqual({ unitId: unitIds[1], sentence: 1 });
    expect(await commentHome(reply.id)).toEqual({ unitId: unitIds[1], sentence: 1 });

    const merged = await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, translator);
    expect((await commentHome(thread.id)).unitId).toBe(unitIds[0]);
    // A comment written on the merged unit belongs to its first sentence.
    const onMerged = await addComment(unitIds[0], { body: "on the merged unit" }, translator);
    expect((await commentHome(onMerged.id)).sentence).toBe(0);

    const split = await splitUnit(unitIds[0], { version: merged.units[0].version, at: 1, englishFirst: "", englishSecond: "" }, translator);
    const created = split.units.find((u) => u.first === 1);
    expect(created).toBeDefined();
    expect(created?.id).not.toBe(unitIds[0]);
    expect(await commentHome(thread.id)).toEqual({ unitId: created?.id, sentence: 1 });
    expect(await commentHome(reply.id)).toEqual({ unitId: created?.id, sentence: 1 });
    expect((await commentHome(onFirst.id)).unitId).toBe(unitIds[0]);
    expect((await commentHome(onMerged.id)).unitId).toBe(unitIds[0]);
    // The editor's comment counts follow too (open threads, replies not counted).
    expect(split.units.map((u) => [u.first, u.openComments])).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(await prisma.comment.count({ where: { unit: { documentId: id } } })).toBe(4);
  });

  it("moves a moved sentence's comments with it, and leaves the others where they are", async () => {
    const { unitIds } = await makeDocument(HI);
    const onThird = await addComment(unitIds[2], { body: "sentence 3" }, translator);
    const merged = await mergeWithNext(unitIds[1], { version: 1, nextVersion: 1 }, translator);
    // Units [0] [1,2] [3]; a comment on the merged unit belongs to its first sentence (1).
    const onMerged = await addComment(unitIds[1], { body: "sentence 2" }, translator);
    const onLast = await addComment(unitIds[3], { body: "sentence 4" }, translator);
    expect(await commentHome(onThird.id)).toEqual({ unitId: unitIds[1], sentence: 2 });
    await moveSentence(unitIds[1], { version: merged.units[0].version, neighbourVersion: 1, direction: "first-to-previous" }, translator);
    expect(await commentHome(onMerged.id)).toEqual({ unitId: unitIds[0], sentence: 1 });
    expect(await commentHome(onThird.id)).toEqual({ unitId: unitIds[1], sentence: 2 });
    expect(await commentHome(onLast.id)).toEqual({ unitId: unitIds[3], sentence: 3 });
  });
});
