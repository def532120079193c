import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as documentJobsRoute } from "@/app/api/documents/[id]/jobs/route";
import { POST as cancelRoute } from "@/app/api/jobs/[id]/cancel/route";
import { GET as jobRoute } from "@/app/api/jobs/[id]/route";
import { enqueueAlignment } from "@/features/alignment/mutations";
import { saveUnit } from "@/features/editor/mutations";
import { cancelJob, type RunningWorker, startWorker } from "@/features/jobs/mutations";
import { removeMember, setMember } from "@/features/projects/mutations";
import { syntheticParallel } from "@/lib/align/synthetic-corpus";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { handlers, runQueuedJob, waitForJob } from "../support/jobs";
import { routes } from "../support/routes";
import { WORKER_ENV, workerProcesses } from "../support/workers";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Jobs against the real PostgreSQL and real pg-boss: worker processes (`setu worker`) killed with
 * SIGKILL in the middle of an alignment, a job cancelled while queued and while running, the checks
 * of the final transaction (a document changed meanwhile, a requester removed from the project), and
 * the refusals of the job routes with the database compared before and after.
 */
Object.assign(process.env, WORKER_ENV);
const workers = workerProcesses();

const HINDI = ["पहला वाक्य है।", "दूसरा वाक्य है।", "तीसरा वाक्य है।"];
const ENGLISH = "The first sentence. The second sentence. The third sentence.";

let projectId: string;
let requester: CurrentUser;
let colleague: CurrentUser;
let manager: CurrentUser;
let outsider: CurrentUser;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `jobs ${Date.now()}` } })).id;
  requester = await makeUser("translator", "jobs-requester");
  colleague = await makeUser("translator", "jobs-colleague");
  manager = await makeUser("translator", "jobs-manager");
  outsider = await makeUser("translator", "jobs-outsider");
  await setMember(projectId, requester.id, "translator", null);
  await setMember(projectId, colleague.id, "translator", null);
  await setMember(projectId, manager.id, "manager", null);
  for (const [name, user] of Object.entries({ requester, colleague, manager, outsider })) {
    cookies[name] = await sessionCookie(user.email, "correct horse 7");
  }
});

afterAll(async () => {
  workers.killAll();
  await stopQueue();
});

const spawnWorker = () => workers.spawn();
const kill = (child: ChildProcess) => workers.kill(child);
const stop = (child: ChildProcess) => workers.stop(child);

/** A document long enough that its alignment runs for seconds (about 2 s per 4,000 sentences here). */
async function bigDocument(sentences: number) {
  const { hi, en } = syntheticParallel(sentences, 11);
  const doc = await makeDocument(
    hi.map((s) => s.text),
    requester.id,
    projectId,
  );
  return { id: doc.id, english: en.map((s) => s.text).join(" ") };
}

async function snapshot(documentId: string) {
  return {
    units: await prisma.unit.findMany({ where: { documentId }, orderBy: { firstSentence: "asc" } }),
    audit: await prisma.auditLog.count({ where: { documentId, action: "document.align" } }),
    document: await prisma.document.findUniqueOrThrow({ where: { id: documentId }, select: { structureVersion: true } }),
  };
}

const asRequester = { id: () => requester.id, role: "translator" as const };
const enqueue = (documentId: string, english: string, replace = false) =>
  enqueueAlignment(documentId, english, { id: asRequester.id(), role: asRequester.role, projectId }, { replace });

describe("a killed worker's job", () => {
  it("is started again by another worker and committed once, whole", async () => {
    const doc = await bigDocument(12_000);
    const before = await snapshot(doc.id);
    const first = await spawnWorker();
    const jobId = await enqueue(doc.id, doc.english);
    const midway = await waitForJob(jobId, (j) => j.state === "running" && j.done > 0);
    expect(midway.done).toBeLessThan(midway.total);
    await kill(first);
    // Nothing of the killed attempt was committed.
    expect(await snapshot(doc.id)).toEqual(before);

    const second = await spawnWorker();
    const done = await waitForJob(jobId, (j) => j.state !== "running" && j.state !== "queued", 90_000);
    await stop(second);
    expect(done).toMatchObject({ state: "succeeded", attempts: 2, done: done.total, error: null });
    const after = await snapshot(doc.id);
    expect(after.audit).toBe(1);
    expect(after.document.structureVersion).toBe(before.document.structureVersion + 1);
    expect(after.units.length).toBe((done.result as { units: number }).units);
    // every Hindi sentence in exactly one unit
    const covered = after.units.flatMap((u) => Array.from({ length: u.lastSentence - u.firstSentence + 1 }, (_, k) => u.firstSentence + k));
    expect(covered).toEqual(Array.from({ length: done.total }, (_, k) => k));
    expect((await prisma.job.findUniqueOrThrow({ where: { id: jobId } })).input).toBeNull();
  });

  it("is marked failed with the reason workerLost when its last attempt's worker is killed too, never left running", async () => {
    const doc = await bigDocument(12_000);
    const before = await snapshot(doc.id);
    const jobId = await enqueue(doc.id, doc.english);
    for (let attempt = 1; attempt <= 2; attempt++) {
      const worker = await spawnWorker();
      await waitForJob(jobId, (j) => j.state === "running" && j.attempts === attempt && j.done > 0);
      await kill(worker);
    }
    const sweeper = await spawnWorker();
    const failed = await waitForJob(jobId, (j) => j.state !== "running" && j.state !== "queued", 60_000);
    await stop(sweeper);
    expect(failed).toMatchObject({ state: "failed", attempts: 2, error: { code: "INTERNAL", reason: "workerLost" } });
    expect(await snapshot(doc.id)).toEqual(before);
  });
});

describe("cancel", () => {
  it("of a queued job: it never runs, and nothing changes", async () => {
    const doc = await makeDocument(HINDI, requester.id, projectId);
    const before = await snapshot(doc.id);
    const jobId = await enqueue(doc.id, ENGLISH);
    await cancelJob(jobId, "align", requester.id);
    const worker: RunningWorker = await startWorker(handlers, { pollingSeconds: 0.5 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await worker.stop();
    const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId } });
    expect([job.state, job.attempts, job.cancelledById, job.input]).toEqual(["cancelled", 0, requester.id, null]);
    expect(await snapshot(doc.id)).toEqual(before);
  });

  it("of a running job: the worker stops at its next step and commits nothing", async () => {
    const doc = await bigDocument(12_000);
    const before = await snapshot(doc.id);
    const worker = await spawnWorker();
    const jobId = await enqueue(doc.id, doc.english);
    await waitForJob(jobId, (j) => j.state === "running" && j.done > 0);
    await cancelJob(jobId, "align", requester.id);
    // Long enough for the alignment to have finished had it not stopped.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    await stop(worker);
    expect((await prisma.job.findUniqueOrThrow({ where: { id: jobId } })).state).toBe("cancelled");
    expect(await snapshot(doc.id)).toEqual(before);
    await expect(cancelJob(jobId, "align", requester.id)).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "jobFinished" } });
  });
});

describe("the final transaction asks again", () => {
  it("fails with documentChanged when a unit was translated after the request was accepted", async () => {
    const doc = await makeDocument(HINDI, requester.id, projectId);
    const jobId = await enqueue(doc.id, ENGLISH);
    await saveUnit(doc.unitIds[0], { english: "Mine.", version: 1, markTranslated: true }, requester);
    const before = await snapshot(doc.id);
    const job = await runQueuedJob(jobId);
    expect(job).toMatchObject({ state: "failed", error: { code: "CONFLICT", reason: "documentChanged" } });
    expect(await snapshot(doc.id)).toEqual(before);
  });

  it("fails with requesterLeft when the requester was removed from the project meanwhile", async () => {
    const leaver = await makeUser("translator", "jobs-leaver");
    await setMember(projectId, leaver.id, "translator", null);
    const doc = await makeDocument(HINDI, leaver.id, projectId);
    const jobId = await enqueueAlignment(doc.id, ENGLISH, { id: leaver.id, role: "translator", projectId }, { replace: false });
    await removeMember(projectId, leaver.id, null);
    const before = await snapshot(doc.id);
    const job = await runQueuedJob(jobId);
    expect(job).toMatchObject({ state: "failed", error: { code: "FORBIDDEN", reason: "requesterLeft" } });
    expect(await snapshot(doc.id)).toEqual(before);
  });

  it("commits the alignment and its report when nothing changed", async () => {
    const doc = await makeDocument(HINDI, requester.id, projectId);
    const job = await runQueuedJob(await enqueue(doc.id, ENGLISH));
    expect(job).toMatchObject({ state: "succeeded", attempts: 1, done: 3, total: 3, result: { units: 3, replaced: 0 } });
    expect((await snapshot(doc.id)).units.map((u) => u.english)).toEqual([
      "The first sentence.",
      "The second sentence.",
      "The third sentence.",
    ]);
  });
});

describe("the job routes", () => {
  async function queuedJob() {
    const doc = await makeDocument(HINDI, requester.id, projectId);
    return { documentId: doc.id, jobId: await enqueue(doc.id, ENGLISH) };
  }
  const jobRow = (id: string) => prisma.job.findUniqueOrThrow({ where: { id } });

  it("POST /api/documents/:id/align answers 202 with a job a member can follow", async () => {
    const doc = await makeDocument(HINDI, requester.id, projectId);
    const form = new FormData();
    form.set("text", ENGLISH);
    const r = await call(routes.align, "POST", `/api/documents/${doc.id}/align`, {
      cookie: cookies.requester,
      params: { id: doc.id },
      form,
    });
    expect(r.status).toBe(202);
    const jobId = String(r.body.jobId);
    expect(r.headers.get("location")).toBe(`/api/jobs/${jobId}`);
    const seen = await call(jobRoute, "GET", `/api/jobs/${jobId}`, { cookie: cookies.colleague, params: { id: jobId } });
    expect([seen.status, seen.body.state, seen.body.total, seen.body.documentId]).toEqual([200, "queued", 3, doc.id]);
    expect(seen.body.requestedBy).toEqual({ id: requester.id, name: requester.name });
    const list = await call(documentJobsRoute, "GET", `/api/documents/${doc.id}/jobs`, {
      cookie: cookies.colleague,
      params: { id: doc.id },
    });
    expect((list.body.jobs as { id: string }[]).map((j) => j.id)).toEqual([jobId]);
    await runQueuedJob(jobId);
    const after = await call(jobRoute, "GET", `/api/jobs/${jobId}`, { cookie: cookies.requester, params: { id: jobId } });
    expect([after.body.state, after.body.done]).toEqual(["succeeded", 3]);
  });

  it("answers 404 to a member of another project and to nobody signed in 401, for the job and the document's list", async () => {
    const { documentId, jobId } = await queuedJob();
    const before = await jobRow(jobId);
    const job = await call(jobRoute, "GET", `/api/jobs/${jobId}`, { cookie: cookies.outsider, params: { id: jobId } });
    expect([job.status, job.body.error?.code]).toEqual([404, "NOT_FOUND"]);
    expect(JSON.stringify(job.body)).not.toContain(documentId);
    const list = await call(documentJobsRoute, "GET", `/api/documents/${documentId}/jobs`, {
      cookie: cookies.outsider,
      params: { id: documentId },
    });
    expect(list.status).toBe(404);
    const anonymous = await call(jobRoute, "GET", `/api/jobs/${jobId}`, { cookie: null, params: { id: jobId } });
    expect(anonymous.status).toBe(401);
    const cancel = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, { cookie: cookies.outsider, params: { id: jobId } });
    expect(cancel.status).toBe(404);
    expect(await jobRow(jobId)).toEqual(before);
  });

  it.each([
    ["a hostile id", "x'; DROP TABLE job; --"],
    ["a NUL", "a\u0000b"],
    ["an id of nothing", "00000000-0000-0000-0000-000000000000"],
  ])("answers 404 for %s", async (_label, id) => {
    const jobs = await prisma.job.count();
    for (const [route, method, suffix] of [
      [jobRoute, "GET", ""],
      [cancelRoute, "POST", "/cancel"],
    ] as const) {
      const r = await call(route, method, `/api/jobs/${encodeURIComponent(id)}${suffix}`, { cookie: cookies.requester, params: { id } });
      expect(r.status).toBe(404);
    }
    expect(await prisma.job.count()).toBe(jobs);
  });

  it("refuses a colleague's cancel of someone else's job (403 notYourJob), and lets a manager cancel it", async () => {
    const { jobId } = await queuedJob();
    const before = await jobRow(jobId);
    const refused = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, { cookie: cookies.colleague, params: { id: jobId } });
    expect([refused.status, refused.body.error?.details?.reason]).toEqual([403, "notYourJob"]);
    expect(await jobRow(jobId)).toEqual(before);
    const ok = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, { cookie: cookies.manager, params: { id: jobId } });
    expect([ok.status, ok.body.state]).toEqual([200, "cancelled"]);
    expect((await jobRow(jobId)).cancelledById).toBe(manager.id);
    const again = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, { cookie: cookies.manager, params: { id: jobId } });
    expect([again.status, again.body.error?.details?.reason]).toEqual([409, "jobFinished"]);
  });

  it.each([
    ["another site", { origin: "http://evil.example" }],
    ["an opaque origin", { origin: "null" }],
    ["a cross-site fetch without Origin", { origin: null, headers: { "sec-fetch-site": "cross-site" } }],
  ] as const)("refuses a cancel from %s (403 crossOrigin), the job unchanged", async (_label, options) => {
    const { jobId } = await queuedJob();
    const before = await jobRow(jobId);
    const r = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, {
      cookie: cookies.requester,
      params: { id: jobId },
      ...options,
    });
    expect([r.status, r.body.error?.details?.reason]).toEqual([403, "crossOrigin"]);
    expect(await jobRow(jobId)).toEqual(before);
  });

  it("refuses an align from another project's member with 404, queuing nothing", async () => {
    const doc = await makeDocument(HINDI, requester.id, projectId);
    const jobs = await prisma.job.count();
    const form = new FormData();
    form.set("text", ENGLISH);
    const r = await call(routes.align, "POST", `/api/documents/${doc.id}/align`, {
      cookie: cookies.outsider,
      params: { id: doc.id },
      form,
    });
    expect(r.status).toBe(404);
    expect(await prisma.job.count()).toBe(jobs);
  });
});
