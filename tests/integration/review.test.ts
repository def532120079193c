import { beforeAll, describe, expect, it, vi } from "vitest";
import { loadUnitIndex } from "@/features/editor/data";
import { mergeWithNext, saveUnit, splitUnit } from "@/features/editor/mutations";
import { loadAuditLog, loadAuditLookups, loadComments, loadReviewBaseline } from "@/features/review/data";
import { addComment, bulkApprove, reviewUnit, setCommentResolved } from "@/features/review/mutations";
import { describeAuditDetails } from "@/lib/audit/describe";
import { AppError } from "@/lib/errors";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";

// Server actions read the session from the request; here it is whoever the test says.
const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/server/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/session")>();
  const requireUser = async () => {
    if (!session.user) throw new AppError("UNAUTHENTICATED", "Sign in first.", { reason: "signInRequired" });
    return session.user;
  };
  return {
    ...original,
    getCurrentUser: async () => session.user,
    requireUser,
    requireRole: async (...roles: string[]) => {
      const user = await requireUser();
      if (!roles.includes(user.role)) throw new AppError("FORBIDDEN", "forbidden", { reason: "roleRequired" });
      return user;
    },
  };
});

const HI = ["पहला।", "दूसरा।", "तीसरा।"];

async function code(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("review workflow", () => {
  let translator: CurrentUser;
  let reviewer: CurrentUser;
  let admin: CurrentUser;

  beforeAll(async () => {
    translator = await makeUser("translator", "t");
    reviewer = await makeUser("reviewer", "r");
    admin = await makeUser("admin", "a");
  });

  async function translated() {
    const doc = await makeDocument(HI);
    const unit = await saveUnit(doc.unitIds[0], { english: "First.", version: 1, markTranslated: true }, translator);
    return { ...doc, unit };
  }

  it("approves translated units (reviewer and admin), never for translators", async () => {
    const { unit } = await translated();
    expect(await code(reviewUnit(unit.id, { action: "approve", version: unit.version, comment: "" }, translator))).toBe("FORBIDDEN");
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("translated");
    const approved = await reviewUnit(unit.id, { action: "approve", version: unit.version, comment: "" }, reviewer);
    expect(approved.status).toBe("approved");
    const other = await translated();
    expect((await reviewUnit(other.unit.id, { action: "approve", version: other.unit.version, comment: "" }, admin)).status).toBe(
      "approved",
    );
  });

  it("rejects with a reason the translator sees, then the fix goes back to translated", async () => {
    const { unit } = await translated();
    const rejected = await reviewUnit(
      unit.id,
      { action: "reject", version: unit.version, comment: "Use 'farmers', not 'peasants'." },
      reviewer,
    );
    expect(rejected).toMatchObject({ status: "rejected", openComments: 1 });
    const comments = await loadComments(unit.id);
    expect(comments).toMatchObject([{ kind: "reject", body: "Use 'farmers', not 'peasants'.", resolved: false }]);
    expect(await loadReviewBaseline(unit.id)).toMatchObject({ english: "First.", status: "rejected" });
    const fixed = await saveUnit(unit.id, { english: "First, fixed.", version: rejected.version, markTranslated: true }, translator);
    expect(fixed.status).toBe("translated");
    await setCommentResolved(comments[0].id, true, translator);
    expect(
      (
        await loadUnitIndex(fixed.id ? (await prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).documentId : "", {
          comments: true,
        })
      ).ids,
    ).toEqual([]);
  });

  it("locks approved text for translators; they ask for a reopen with a comment, a reviewer reopens", async () => {
    const { unit } = await translated();
    const approved = await reviewUnit(unit.id, { action: "approve", version: unit.version, comment: "" }, reviewer);
    expect(await code(saveUnit(unit.id, { english: "Sneaky", version: approved.version, markTranslated: false }, translator))).toBe(
      "FORBIDDEN",
    );
    expect(await code(reviewUnit(unit.id, { action: "reopen", version: approved.version, comment: "" }, translator))).toBe("BAD_INPUT");
    // The approval stands until a reviewer says otherwise: the translator's reopen is a request.
    const requested = await reviewUnit(unit.id, { action: "reopen", version: approved.version, comment: "Typo in the name." }, translator);
    expect(requested.status).toBe("approved");
    expect(requested.version).toBe(approved.version);
    const request = await prisma.comment.findFirstOrThrow({ where: { unitId: unit.id, kind: "reopen" } });
    expect([request.body, request.resolved, request.authorId]).toEqual(["Typo in the name.", false, translator.id]);
    const reopened = await reviewUnit(unit.id, { action: "reopen", version: approved.version, comment: "Agreed." }, reviewer);
    expect(reopened.status).toBe("translated");
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: unit.id } })).english).toBe("First.");
  });

  it("lets one of a concurrent approve and edit win cleanly; the other is told", async () => {
    const { unit } = await translated();
    const results = await Promise.allSettled([
      reviewUnit(unit.id, { action: "approve", version: unit.version, comment: "" }, reviewer),
      saveUnit(unit.id, { english: "Edited meanwhile.", version: unit.version, markTranslated: false }, translator),
    ]);
    const rejected = results.filter((r) => r.status === "rejected") as PromiseRejectedResult[];
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(["CONFLICT", "FORBIDDEN"]).toContain((rejected[0].reason as AppError).code);
    const row = await prisma.unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(row.version).toBe(unit.version + 1);
    // Never both: an approved unit carries the text the reviewer saw.
    if (row.status === "approved") expect(row.english).toBe("First.");
    else expect(row.english).toBe("Edited meanwhile.");
  });

  it("takes a unit merged by a reviewer out of approved", async () => {
    const { unit, unitIds } = await translated();
    const approved = await reviewUnit(unit.id, { action: "approve", version: unit.version, comment: "" }, reviewer);
    const merged = await mergeWithNext(unitIds[0], { version: approved.version, nextVersion: 1 }, reviewer);
    expect(merged.units[0].status).toBe("draft");
  });

  it("threads comments and resolves them", async () => {
    const { unit } = await translated();
    const root = await addComment(unit.id, { body: "Is this a name?" }, reviewer);
    await addComment(unit.id, { body: "Yes, a village.", parentId: root.id }, translator);
    await setCommentResolved(root.id, true, reviewer);
    const comments = await loadComments(unit.id);
    expect(comments.map((c) => [c.parentId, c.body, c.resolved])).toEqual([
      [null, "Is this a name?", true],
      [root.id, "Yes, a village.", false],
    ]);
  });

  it("bulk-approves translated units in one transaction, skipping those with open comments on request", async () => {
    const doc = await makeDocument(["एक।", "दो।", "तीन।", "चार।"]);
    for (const id of doc.unitIds.slice(0, 3)) await saveUnit(id, { english: `Unit ${id}.`, version: 1, markTranslated: true }, translator);
    await addComment(doc.unitIds[1], { body: "Check this." }, reviewer);
    expect(await code(bulkApprove(doc.id, {}, translator))).toBe("FORBIDDEN");
    const result = await bulkApprove(doc.id, { withoutOpenComments: true }, reviewer);
    expect(result.approved).toBe(2);
    const statuses = (await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } })).map(
      (u) => u.status,
    );
    expect(statuses).toEqual(["approved", "translated", "approved", "draft"]);
    const audit = await loadAuditLog({ documentId: doc.id }, null);
    expect(audit[0]).toMatchObject({ action: "unit.bulk-approve", details: { approved: 2 } });
  });

  it("shows audited units by the number the editor shows, and a merged-away unit as gone", async () => {
    await makeDocument(["पहले का।", "एक और।"]);
    const doc = await makeDocument(["एक।", "दो।", "तीन।"]);
    const [first, second] = doc.unitIds;
    await mergeWithNext(second, { version: 1, nextVersion: 1 }, translator);
    const audit = await loadAuditLog({ documentId: doc.id }, null);
    const merge = audit.find((r) => r.action === "unit.merge");
    expect(merge).toMatchObject({ unitId: second, unitNumber: 2 });
    expect(second).not.toBe(2);
    const lookups = await loadAuditLookups(audit);
    expect(describeAuditDetails(merge?.details, lookups).find((d) => d.name === "removed")?.value).toEqual({ kind: "unit", number: null });

    const merged = await prisma.unit.findUniqueOrThrow({ where: { id: second } });
    await splitUnit(second, { version: merged.version, at: merged.lastSentence, englishFirst: "", englishSecond: "" }, translator);
    const after = await loadAuditLog({ documentId: doc.id }, null);
    const splitRow = after.find((r) => r.action === "unit.split");
    expect(splitRow).toMatchObject({ unitId: second, unitNumber: 2 });
    const created = describeAuditDetails(splitRow?.details, await loadAuditLookups(after)).find((d) => d.name === "created");
    expect(created?.value).toEqual({ kind: "unit", number: 3 });
    // A unit that is gone has no number; its row says so rather than showing an id.
    await prisma.unit.delete({ where: { id: first } });
    const gone = (await loadAuditLog({ documentId: doc.id }, null)).filter((r) => r.unitId === first);
    expect(gone.every((r) => r.unitNumber === null)).toBe(true);
  });

  it("bulk-approves 100,000 units", async () => {
    const { id } = await makeDocument(["एक।"]);
    // 100,000 translated units over as many sentences, generated set-based.
    await prisma.$executeRaw`DELETE FROM unit WHERE document_id = ${id}`;
    await prisma.$executeRaw`
      INSERT INTO sentence (document_id, position, paragraph, text)
      SELECT ${id}, g, 0, 'वाक्य ' || g || '।' FROM generate_series(1, 99999) g`;
    await prisma.$executeRaw`
      INSERT INTO unit (document_id, first_sentence, last_sentence, english, status)
      SELECT ${id}, g, g, 'Sentence ' || g || '.', 'translated' FROM generate_series(0, 99999) g`;
    await prisma.$executeRawUnsafe(`ANALYZE unit`);
    const started = performance.now();
    const result = await bulkApprove(id, {}, reviewer);
    console.log(`bulk approve of 100,000 units: ${Math.round(performance.now() - started)} ms`);
    expect(result.approved).toBe(100_000);
    expect(await prisma.unit.count({ where: { documentId: id, status: "approved" } })).toBe(100_000);
    expect(await prisma.unitVersion.count({ where: { unit: { documentId: id } } })).toBe(100_000);
  });

  it("never lets a translator raise their own role, and logs role changes", async () => {
    const { changeRoleAction } = await import("@/features/accounts/actions");
    session.user = translator;
    const result = await changeRoleAction({ userId: translator.id, role: "admin" });
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: translator.id } })).role).toBe("translator");
    session.user = admin;
    expect(await changeRoleAction({ userId: translator.id, role: "reviewer" })).toMatchObject({ ok: true });
    expect((await loadAuditLog({ userId: admin.id }, null))[0]).toMatchObject({ action: "user.role", details: { to: "reviewer" } });
    session.user = null;
  });
});
