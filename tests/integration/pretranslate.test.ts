import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as pretranslateRoute } from "@/app/api/documents/[id]/pretranslate/route";
import { POST as undoRoute } from "@/app/api/documents/[id]/undo/route";
import { mergeWithNext, saveUnit } from "@/features/editor/mutations";
import { startWorker } from "@/features/jobs/mutations";
import type { JobView } from "@/features/jobs/schema";
import { applyPretranslation, planPretranslation } from "@/features/pretranslate/mutations";
import type { PretranslateResult } from "@/features/pretranslate/types";
import { setMember } from "@/features/projects/mutations";
import { reviewUnit } from "@/features/review/mutations";
import { forgetKeyFrequency } from "@/features/tm/data";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { handlers, runQueuedJob } from "../support/jobs";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Pre-translation over the real route: refusals first (no session, a member of another project,
 * another origin, bad input, a unit changed between the read and the write), each with the
 * database compared before and after; then what a translator of the project gets, and one undo
 * that puts every unit back exactly.
 */
const A = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const B = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";
const C = "बैठक में विपक्ष के नेता भी मौजूद थे।";
const NEW = "आज मौसम साफ रहेगा और शाम को हल्की बारिश हो सकती है।";
const EN = {
  A: "The government announced a new Rs 500 crore scheme.",
  B: "The PM spoke to farmers in Delhi today.",
  C: "Opposition leaders attended the meeting.",
};

let translator: CurrentUser;
let reviewer: CurrentUser;
let outsider: CurrentUser;
let translatorCookie: string;
let outsiderCookie: string;
let projectId: string;

async function edit(unitId: number, english: string, user: CurrentUser, markTranslated = true) {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  return saveUnit(unitId, { english, version: unit.version, markTranslated }, user);
}

async function approve(unitId: number) {
  const unit = await prisma.unit.findUniqueOrThrow({ where: { id: unitId } });
  await reviewUnit(unitId, { action: "approve", version: unit.version, comment: "" }, reviewer);
}

/**
 * [0] A as in the memory (101 %), [1] B (100 %: another next sentence), [2] A with another number (97 %), [3] C with the
 * translator's own draft, [4] C translated and approved with other English, [5] a new sentence.
 */
async function target() {
  const doc = await makeDocument([A, B, A.replace("500", "800"), C, C, NEW], null, projectId);
  await edit(doc.unitIds[3], "My own draft.", translator, false);
  await edit(doc.unitIds[4], "The opposition's leaders were there.", translator);
  await approve(doc.unitIds[4]);
  return doc;
}

/** Everything pre-translation or its undo could touch. */
async function state(documentId: string) {
  return {
    units: await prisma.unit.findMany({
      where: { documentId },
      orderBy: { firstSentence: "asc" },
      select: {
        id: true,
        firstSentence: true,
        lastSentence: true,
        english: true,
        status: true,
        version: true,
        needsReview: true,
        pretranslated: true,
        confidence: true,
      },
    }),
    versions: await prisma.unitVersion.count({ where: { unit: { documentId } } }),
    undo: await prisma.undoEntry.findMany({ where: { documentId }, orderBy: { id: "asc" }, select: { id: true, kind: true } }),
    audit: await prisma.auditLog.count({ where: { documentId } }),
    memory: await prisma.tmEntry.findMany({ where: { projectId }, orderBy: { id: "asc" } }),
    jobs: await prisma.job.findMany({ where: { documentId }, orderBy: { createdAt: "asc" }, select: { id: true, state: true } }),
  };
}

const post = (documentId: string, json: unknown, opts: { cookie?: string | null; origin?: string | null } = {}) =>
  call(pretranslateRoute, "POST", `/api/documents/${documentId}/pretranslate`, {
    cookie: opts.cookie === undefined ? translatorCookie : opts.cookie,
    origin: opts.origin,
    params: { id: documentId },
    json,
  });

/** The route, then its job run here as a worker would run it: the job's row afterwards. */
async function pretranslateJob(documentId: string, json: unknown, cookie = translatorCookie): Promise<JobView> {
  const r = await post(documentId, json, { cookie });
  expect(r.status).toBe(202);
  expect(r.headers.get("location")).toBe(`/api/jobs/${r.body.jobId}`);
  return runQueuedJob(String(r.body.jobId));
}

afterAll(async () => {
  await stopQueue();
});

beforeAll(async () => {
  forgetKeyFrequency();
  translator = await makeUser("translator", "pt-tr");
  reviewer = await makeUser("reviewer", "pt-rv");
  outsider = await makeUser("translator", "pt-out");
  translatorCookie = await sessionCookie(translator.email, "correct horse 7");
  outsiderCookie = await sessionCookie(outsider.email, "correct horse 7");
  projectId = (await prisma.project.create({ data: { name: `pretranslate ${Date.now()}` } })).id;
  await setMember(projectId, translator.id, "translator", null);
  await setMember(projectId, reviewer.id, "reviewer", null);
  // The memory: A, B, C translated in one document, B approved (an approved entry pre-translates as translated all the same).
  const memory = await makeDocument([A, B, C], null, projectId);
  await edit(memory.unitIds[0], EN.A, translator);
  await edit(memory.unitIds[1], EN.B, translator);
  await edit(memory.unitIds[2], EN.C, translator);
  await approve(memory.unitIds[1]);
});

describe("pre-translation: refusals leave the database as it was", () => {
  it("refuses without a session (401)", async () => {
    const { id } = await target();
    const before = await state(id);
    const r = await post(id, {}, { cookie: null });
    expect(r.status).toBe(401);
    expect(await state(id)).toEqual(before);
  });

  it("answers a member of another project 404, the same as for a document that does not exist", async () => {
    const { id } = await target();
    const before = await state(id);
    const r = await post(id, {}, { cookie: outsiderCookie });
    expect(r.status).toBe(404);
    const none = await post("doc_does_not_exist", {}, { cookie: outsiderCookie });
    expect(none.status).toBe(404);
    expect(r.body.error?.code).toBe(none.body.error?.code);
    expect(await state(id)).toEqual(before);
  });

  it("refuses a request from another origin, an opaque one, or a browser's cross-site request without Origin (403)", async () => {
    const { id } = await target();
    const before = await state(id);
    expect((await post(id, {}, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(id, {}, { origin: "null" })).status).toBe(403);
    const crossSite = await call(pretranslateRoute, "POST", `/api/documents/${id}/pretranslate`, {
      cookie: translatorCookie,
      origin: null,
      headers: { "sec-fetch-site": "cross-site" },
      params: { id },
      json: {},
    });
    expect(crossSite.status).toBe(403);
    expect(await state(id)).toEqual(before);
  });

  it("refuses a fuzzy threshold below 75 or above 99, or not a number (400)", async () => {
    const { id } = await target();
    const before = await state(id);
    for (const min of [30, 100, "85", 85.5]) {
      const r = await post(id, { min });
      expect(r.status).toBe(400);
    }
    expect(await state(id)).toEqual(before);
  });

  it("leaves a unit someone changed between the read and the write as they left it (stale), and fills the rest", async () => {
    const doc = await target();
    const plan = await planPretranslation(doc.id, null);
    expect(plan.units.map((u) => u.id)).toEqual([doc.unitIds[0], doc.unitIds[1]]);
    // Meanwhile a reviewer starts unit 1 themselves (a draft: it stays out of the memory the other tests read).
    await edit(doc.unitIds[0], "Written in between.", reviewer, false);
    const result = await applyPretranslation(plan, translator);
    expect(result).toMatchObject({ translated: 1, drafts: 0, stale: 1 });
    const units = (await state(doc.id)).units;
    expect(units[0]).toMatchObject({ english: "Written in between.", status: "draft", pretranslated: null });
    expect(units[1]).toMatchObject({ english: EN.B, status: "translated", pretranslated: 100 });
  });
});

describe("pre-translation by a translator of the project", () => {
  it("fills 100/101 % as translated (never approved), fuzzy ≥ min as drafts, and nothing else; one undo puts all back", async () => {
    const doc = await target();
    const before = await state(doc.id);
    const job = await pretranslateJob(doc.id, { min: 95 });
    expect(job).toMatchObject({ state: "succeeded", kind: "pretranslate", done: 6, total: 6, requestedBy: { id: translator.id } });
    const r = { body: job.result as PretranslateResult };
    expect(r.body).toEqual({ translated: 2, drafts: 1, stale: 0, undoId: expect.any(Number) });
    const after = await state(doc.id);
    expect(after.units.map((u) => [u.english, u.status, u.pretranslated])).toEqual([
      [EN.A, "translated", 101],
      // 100, not 101: its next sentence differs from the memory's. The entry is approved; pre-translation still only makes it translated.
      [EN.B, "translated", 100],
      ["The government announced a new Rs 800 crore scheme.", "draft", 97],
      ["My own draft.", "draft", null],
      ["The opposition's leaders were there.", "approved", null],
      ["", "draft", null],
    ]);
    expect(after.versions).toBe(before.versions + 3);
    expect(after.undo).toEqual([...before.undo, { id: r.body.undoId, kind: "pretranslate" }]);
    // The pairs are the memory's own: the memory is not written.
    expect(after.memory).toEqual(before.memory);

    // A second run finds nothing left to fill and records no undo entry.
    const again = { body: (await pretranslateJob(doc.id, { min: 95 })).result };
    expect(again.body).toEqual({ translated: 0, drafts: 0, stale: 0, undoId: null });

    const undone = await call(undoRoute, "POST", `/api/documents/${doc.id}/undo`, {
      cookie: translatorCookie,
      params: { id: doc.id },
      json: { entryId: r.body.undoId },
    });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ undone: "pretranslate" });
    const restored = await state(doc.id);
    const withoutVersion = (s: typeof before) => s.units.map(({ version: _v, ...u }) => u);
    expect(withoutVersion(restored)).toEqual(withoutVersion(before));
    expect(restored.undo).toEqual(before.undo);
    expect(restored.memory).toEqual(before.memory);
  });

  it("without a threshold fills exact matches only; Ctrl+Enter on a pre-translated unit confirms it (marker gone, now in the memory as the unit's)", async () => {
    const doc = await target();
    expect((await pretranslateJob(doc.id, {})).result).toMatchObject({ translated: 2, drafts: 0 });
    const units = (await state(doc.id)).units;
    expect(units[2]).toMatchObject({ english: "", status: "draft", pretranslated: null });
    const confirmed = await edit(doc.unitIds[0], EN.A, translator);
    expect(confirmed.pretranslated).toBeNull();
    const entry = await prisma.tmEntry.findFirstOrThrow({ where: { projectId, target: EN.A } });
    expect(entry.originUnitId).toBe(doc.unitIds[0]);
    // An autosave that changes nothing keeps the marker on another pre-translated unit.
    await edit(doc.unitIds[1], EN.B, translator, false);
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: doc.unitIds[1] } })).pretranslated).toBe(100);
  });
});

describe("the pre-translated marker and structure", () => {
  it("a merge of pre-translated units drops the marker, and undoing the merge brings it back", async () => {
    const doc = await target();
    await pretranslateJob(doc.id, {});
    const [a, b] = await prisma.unit.findMany({ where: { id: { in: doc.unitIds.slice(0, 2) } }, orderBy: { firstSentence: "asc" } });
    expect([a.pretranslated, b.pretranslated]).toEqual([101, 100]);
    const merged = await mergeWithNext(a.id, { version: a.version, nextVersion: b.version }, translator);
    expect(merged.units[0].pretranslated).toBeNull();
    const undone = await call(undoRoute, "POST", `/api/documents/${doc.id}/undo`, {
      cookie: translatorCookie,
      params: { id: doc.id },
      json: { entryId: merged.undo?.id },
    });
    expect(undone.status).toBe(200);
    const back = await prisma.unit.findMany({ where: { id: { in: doc.unitIds.slice(0, 2) } }, orderBy: { firstSentence: "asc" } });
    expect(back.map((u) => [u.english, u.pretranslated])).toEqual([
      [EN.A, 101],
      [EN.B, 100],
    ]);
  });
});

describe("setu pretranslate", () => {
  const setu = (args: string[]) => {
    const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, "../../cli/setu.mjs"), "pretranslate", ...args], {
      encoding: "utf8",
      env: process.env,
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  // Not spawnSync: the worker that runs the job lives in this process, whose event loop must go on.
  const setuAsync = (args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [path.resolve(import.meta.dirname, "../../cli/setu.mjs"), "pretranslate", ...args], {
        env: process.env,
      });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (c) => {
        stdout += String(c);
      });
      child.stderr.on("data", (c) => {
        stderr += String(c);
      });
      child.on("close", (code) => resolve({ code, stdout, stderr }));
    });

  it("refuses a bad --min (2) and an account outside the project (3), changing nothing", async () => {
    const { id } = await target();
    const before = await state(id);
    expect(setu([id, "--user", translator.email, "--min", "50"]).code).toBe(2);
    expect(setu([id, "--min", "85"]).code).toBe(2);
    const outside = setu([id, "--user", outsider.email]);
    expect(outside.code).toBe(3);
    expect(await state(id)).toEqual(before);
  });

  it("queues the job as the account and prints its id", async () => {
    const { id } = await target();
    const before = await state(id);
    const r = setu([id, "--user", translator.email, "--min", "95"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const job = await prisma.job.findUniqueOrThrow({ where: { id: r.stdout.trim() } });
    expect([job.kind, job.state, job.documentId, job.requestedById, job.total, job.input]).toEqual([
      "pretranslate",
      "queued",
      id,
      translator.id,
      6,
      { min: 95 },
    ]);
    // Queued, nothing written yet.
    expect({ ...(await state(id)), jobs: [] }).toEqual({ ...before, jobs: [] });
    await runQueuedJob(job.id);
  });

  it("--wait follows the job (progress on stderr) and pre-translates as the account, whose undo entry it is", async () => {
    const { id } = await target();
    const worker = await startWorker(handlers, { pollingSeconds: 0.5 });
    const r = await setuAsync([id, "--user", translator.email, "--min", "95", "--wait", "--json"]);
    await worker.stop();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/job [0-9a-f-]+: (running|succeeded), \d+\/6 units/);
    expect(JSON.parse(r.stdout)).toEqual({ translated: 2, drafts: 1, stale: 0, undoId: expect.any(Number) });
    const entry = await prisma.undoEntry.findUniqueOrThrow({ where: { id: JSON.parse(r.stdout).undoId } });
    expect([entry.userId, entry.kind]).toEqual([translator.id, "pretranslate"]);
  });
});
