import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mergeWithNext, moveSentence, saveUnit, splitUnit } from "@/features/editor/mutations";
import { propagateRepetitions } from "@/features/pretranslate/mutations";
import { accessComment, accessDocument, accessUnit } from "@/features/projects/data";
import { createProject, setMember } from "@/features/projects/mutations";
import { applyReplace } from "@/features/replace/mutations";
import { addComment, bulkApprove, reviewUnit, setCommentResolved } from "@/features/review/mutations";
import { loadUndoTop } from "@/features/undo/data";
import { undoLast } from "@/features/undo/mutations";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { someoneWaitsForALock } from "../support/locks";

/*
 * Membership is checked when a request starts (accessUnit/accessDocument/accessComment) and asked again inside
 * the write's transaction once its rows are locked (actorOnLockedRows). Here the membership changes in between:
 * another connection removes (or demotes) the member and holds that change uncommitted while the write runs;
 * the write waits on the membership row, the change commits, and the write is refused with the database as it
 * was. A rolled-back removal lets the same write through, so the refusals are the membership's doing.
 */
const SENTENCES = ["पहला वाक्य है।", "दूसरा वाक्य है।", "तीसरा वाक्य है।"];
let manager: CurrentUser;
let member: CurrentUser;
let projectId = "";
let holder: pg.Client;

beforeAll(async () => {
  manager = await makeUser("translator", "race-manager");
  member = await makeUser("reviewer", "race-member");
  projectId = (await createProject(`Race ${Date.now()}`, manager.id)).id;
  holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await holder.connect();
});

afterAll(async () => {
  await holder.end();
});

async function freshDocument(sentences = SENTENCES) {
  await setMember(projectId, member.id, "reviewer", manager.id);
  return makeDocument(sentences, manager.id, projectId);
}

/** Everything a unit write could change in the document, and the logs beside it. */
async function snapshot(documentId: string) {
  const units = await prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } });
  const ids = units.map((u) => u.id);
  return {
    units,
    versions: await prisma.unitVersion.count({ where: { unitId: { in: ids } } }),
    comments: await prisma.comment.findMany({ where: { unitId: { in: ids } }, orderBy: { id: "asc" } }),
    document: await prisma.document.findUnique({ where: { id: documentId }, select: { structureVersion: true } }),
    audit: await prisma.auditLog.count(),
    undo: await prisma.undoEntry.count({ where: { documentId } }),
  };
}

const writeIsWaiting = () => someoneWaitsForALock(holder, "the write never waited for the membership row");

/**
 * Runs `write` while another connection holds `change` to the member's row uncommitted, then commits it
 * (or rolls it back); returns what the write answered.
 */
async function raceWith(change: string, write: () => Promise<unknown>, end: "COMMIT" | "ROLLBACK" = "COMMIT") {
  await holder.query("BEGIN");
  await holder.query(change, [projectId, member.id]);
  const outcome = write().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  try {
    await writeIsWaiting();
  } finally {
    await holder.query(end);
  }
  return outcome;
}

const REMOVE = "DELETE FROM project_member WHERE project_id = $1 AND user_id = $2";
const DEMOTE = "UPDATE project_member SET role = 'translator' WHERE project_id = $1 AND user_id = $2";

function codeOf(outcome: { ok: boolean; error?: unknown }): string {
  if (outcome.ok) return "succeeded";
  if (outcome.error instanceof AppError) return `${outcome.error.code}/${(outcome.error.details as { reason?: string }).reason}`;
  throw outcome.error;
}

type Case = [name: string, prepare: (doc: { id: string; unitIds: number[] }) => Promise<() => Promise<unknown>>, sentences?: string[]];

const writes: Case[] = [
  [
    "save",
    async ({ unitIds }) => {
      const user = await accessUnit(member, unitIds[0]);
      return () => saveUnit(unitIds[0], { english: "Written after removal.", version: 1, markTranslated: true }, user);
    },
  ],
  [
    "review (approve)",
    async ({ unitIds }) => {
      const asManager = await accessUnit(manager, unitIds[0]);
      const saved = await saveUnit(unitIds[0], { english: "First.", version: 1, markTranslated: true }, asManager);
      const user = await accessUnit(member, unitIds[0]);
      return () => reviewUnit(unitIds[0], { action: "approve", version: saved.version, comment: "" }, user);
    },
  ],
  [
    "merge",
    async ({ unitIds }) => {
      const user = await accessUnit(member, unitIds[0]);
      return () => mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, user);
    },
  ],
  [
    "split",
    async ({ unitIds }) => {
      const merged = await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, await accessUnit(manager, unitIds[0]));
      const user = await accessUnit(member, unitIds[0]);
      return () => splitUnit(unitIds[0], { version: merged.units[0].version, at: 1, englishFirst: "", englishSecond: "" }, user);
    },
  ],
  [
    "move",
    async ({ unitIds }) => {
      const merged = await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, await accessUnit(manager, unitIds[0]));
      const user = await accessUnit(member, unitIds[0]);
      return () => moveSentence(unitIds[0], { version: merged.units[0].version, neighbourVersion: 1, direction: "last-to-next" }, user);
    },
  ],
  [
    "bulk approve",
    async ({ id, unitIds }) => {
      await saveUnit(unitIds[0], { english: "First.", version: 1, markTranslated: true }, await accessUnit(manager, unitIds[0]));
      const user = await accessDocument(member, id);
      return () => bulkApprove(id, {}, user);
    },
  ],
  [
    "comment",
    async ({ unitIds }) => {
      const user = await accessUnit(member, unitIds[0]);
      return () => addComment(unitIds[0], { body: "Written after removal." }, user);
    },
  ],
  [
    "resolve a comment",
    async ({ unitIds }) => {
      const comment = await addComment(unitIds[0], { body: "Is this right?" }, await accessUnit(manager, unitIds[0]));
      const user = await accessComment(member, comment.id);
      return () => setCommentResolved(comment.id, true, user);
    },
  ],
  [
    "undo",
    async ({ id, unitIds }) => {
      // The member's own merge, undone after they were removed.
      await mergeWithNext(unitIds[0], { version: 1, nextVersion: 1 }, await accessUnit(member, unitIds[0]));
      const top = await loadUndoTop(member.id, id);
      const user = await accessDocument(member, id);
      return () => undoLast(id, top?.id ?? 0, user);
    },
  ],
  [
    "replace all",
    async ({ id, unitIds }) => {
      const saved = await saveUnit(
        unitIds[0],
        { english: "The farmers came.", version: 1, markTranslated: true },
        await accessUnit(manager, unitIds[0]),
      );
      const user = await accessDocument(member, id);
      const apply = { find: "farmers", replace: "peasants", matchCase: false, wholeWord: false, includeApproved: false };
      return () => applyReplace(id, { ...apply, units: [{ id: unitIds[0], version: saved.version }] }, user);
    },
  ],
  [
    "propagate a repetition",
    async ({ unitIds }) => {
      const saved = await saveUnit(
        unitIds[0],
        { english: "The same.", version: 1, markTranslated: true },
        await accessUnit(manager, unitIds[0]),
      );
      const user = await accessUnit(member, unitIds[0]);
      return () => propagateRepetitions(unitIds[0], { version: saved.version }, user);
    },
    ["वही वाक्य है।", "वही वाक्य है।", "तीसरा वाक्य है।"],
  ],
];

describe("a member removed between the request's check and the write is refused, and nothing changes", () => {
  it.each(writes)("%s", async (_name, prepare, sentences) => {
    const doc = await freshDocument(sentences);
    const write = await prepare(doc);
    const before = await snapshot(doc.id);
    const outcome = await raceWith(REMOVE, write);
    expect(codeOf(outcome)).toBe("NOT_FOUND/notFound");
    expect(await snapshot(doc.id)).toEqual(before);
  });
});

describe("a member demoted between the check and the write acts with the new role", () => {
  it("a reviewer made translator cannot approve, one by one or in bulk", async () => {
    const doc = await freshDocument();
    const asManager = await accessUnit(manager, doc.unitIds[0]);
    const saved = await saveUnit(doc.unitIds[0], { english: "First.", version: 1, markTranslated: true }, asManager);
    const review = await accessUnit(member, doc.unitIds[0]);
    const before = await snapshot(doc.id);
    const one = await raceWith(DEMOTE, () =>
      reviewUnit(doc.unitIds[0], { action: "approve", version: saved.version, comment: "" }, review),
    );
    expect(codeOf(one)).toBe("FORBIDDEN/reviewerOnly");
    expect(await snapshot(doc.id)).toEqual(before);

    await setMember(projectId, member.id, "reviewer", manager.id);
    const bulk = await accessDocument(member, doc.id);
    const beforeBulk = await snapshot(doc.id);
    const all = await raceWith(DEMOTE, () => bulkApprove(doc.id, {}, bulk));
    expect(codeOf(all)).toBe("FORBIDDEN/reviewerOnly");
    expect(await snapshot(doc.id)).toEqual(beforeBulk);
    expect(beforeBulk.units).toEqual(before.units);
  });
});

describe("the same writes go through when the removal is rolled back", () => {
  it("save waits for the membership row, then saves", async () => {
    const doc = await freshDocument();
    const user = await accessUnit(member, doc.unitIds[0]);
    const outcome = await raceWith(
      REMOVE,
      () => saveUnit(doc.unitIds[0], { english: "Still a member.", version: 1, markTranslated: true }, user),
      "ROLLBACK",
    );
    expect(codeOf(outcome)).toBe("succeeded");
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[0] } });
    expect([unit.english, unit.status, unit.version]).toEqual(["Still a member.", "translated", 2]);
  });

  it("bulk approve waits, then approves", async () => {
    const doc = await freshDocument();
    await saveUnit(doc.unitIds[0], { english: "First.", version: 1, markTranslated: true }, await accessUnit(manager, doc.unitIds[0]));
    const user = await accessDocument(member, doc.id);
    const outcome = await raceWith(DEMOTE, () => bulkApprove(doc.id, {}, user), "ROLLBACK");
    expect(outcome).toEqual({ ok: true, value: { approved: 1 } });
  });
});
