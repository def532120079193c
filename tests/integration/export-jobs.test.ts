import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as exportJobRoute } from "@/app/api/documents/[id]/export/route";
import { GET as downloadRoute } from "@/app/api/jobs/[id]/download/route";
import { loadActiveJob, loadKeptExport, loadProjectJobs } from "@/features/jobs/data";
import { cancelJob } from "@/features/jobs/mutations";
import { removeMember, setMember } from "@/features/projects/mutations";
import { enqueueAnalysis } from "@/features/tm/mutations";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { runQueuedJob } from "../support/jobs";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Exports as jobs (#20): POST /api/documents/:id/export queues the export (202); the worker stores the
 * file in job_file (purpose "output", with an expiry) in its final transaction; GET /api/jobs/:id/download
 * asks for permission again. Refusals leave no job and no file.
 */
const HINDI = ["पहला वाक्य है।", "दूसरा वाक्य है।", "तीसरा वाक्य है।"];

let projectId: string;
let member: CurrentUser;
let colleague: CurrentUser;
let outsider: CurrentUser;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `export-jobs ${Date.now()}` } })).id;
  member = await makeUser("translator", "export-jobs-member");
  colleague = await makeUser("translator", "export-jobs-colleague");
  outsider = await makeUser("translator", "export-jobs-outsider");
  await setMember(projectId, member.id, "translator", null);
  await setMember(projectId, colleague.id, "translator", null);
  for (const [name, user] of Object.entries({ member, colleague, outsider }))
    cookies[name] = await sessionCookie(user.email, "correct horse 7");
});

afterAll(async () => {
  await stopQueue();
});

async function translatedDocument() {
  const doc = await makeDocument(HINDI, member.id, projectId);
  await prisma.unit.updateMany({ where: { documentId: doc.id }, data: { english: "English.", status: "translated" } });
  return doc.id;
}

const queue = (documentId: string, cookie: string | null, query = "?format=tmx&status=all", options = {}) =>
  call(exportJobRoute, "POST", `/api/documents/${documentId}/export${query}`, { cookie, params: { id: documentId }, ...options });
const download = (jobId: string, cookie: string | null) =>
  call(downloadRoute, "GET", `/api/jobs/${jobId}/download`, { cookie, params: { id: jobId } });
const counts = async () => ({ jobs: await prisma.job.count(), files: await prisma.jobFile.count() });

describe("an export job", () => {
  it("makes the file (the document's TMX) that a member downloads", async () => {
    const documentId = await translatedDocument();
    const r = await queue(documentId, cookies.member);
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const jobId = String(r.body.jobId);
    expect(await download(jobId, cookies.member)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: "exportNotReady" } } },
    });
    const job = await runQueuedJob(jobId);
    expect(job).toMatchObject({ state: "succeeded", kind: "export", done: 3, total: 3, result: { format: "tmx" } });
    const file = await prisma.jobFile.findUniqueOrThrow({ where: { jobId_purpose: { jobId, purpose: "output" } } });
    expect(file.expiresAt?.getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const got = await fetchBody(jobId, cookies.colleague);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-disposition")).toMatch(/attachment/);
    expect(got.text).toContain("<tmx");
    expect(got.text).toContain("पहला वाक्य है।");
  });

  it("asks for permission again at download: a member removed since, an outsider, nobody signed in", async () => {
    const leaver = await makeUser("translator", "export-jobs-leaver");
    await setMember(projectId, leaver.id, "translator", null);
    const leaverCookie = await sessionCookie(leaver.email, "correct horse 7");
    const documentId = await translatedDocument();
    const jobId = String((await queue(documentId, leaverCookie)).body.jobId);
    await runQueuedJob(jobId);
    expect((await download(jobId, leaverCookie)).status).toBe(200);
    await removeMember(projectId, leaver.id, null);
    expect((await download(jobId, leaverCookie)).status).toBe(404);
    expect((await download(jobId, cookies.outsider)).status).toBe(404);
    expect((await download(jobId, null)).status).toBe(401);
  });

  it("is gone once expired (410)", async () => {
    const documentId = await translatedDocument();
    const jobId = String((await queue(documentId, cookies.member)).body.jobId);
    await runQueuedJob(jobId);
    await prisma.jobFile.update({
      where: { jobId_purpose: { jobId, purpose: "output" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await download(jobId, cookies.member)).toMatchObject({ status: 410, body: { error: { details: { reason: "exportExpired" } } } });
  });

  it("the Jobs list says whether its file is kept (a download link) or expired, as the download route would answer", async () => {
    const documentId = await translatedDocument();
    const jobId = String((await queue(documentId, cookies.member)).body.jobId);
    const listed = async () => (await loadProjectJobs(projectId, { documentId })).find((j) => j.id === jobId);
    expect(await listed()).toMatchObject({ state: "queued", outputKept: false });
    await runQueuedJob(jobId);
    expect(await listed()).toMatchObject({ state: "succeeded", outputKept: true });
    expect((await download(jobId, cookies.member)).status).toBe(200);
    await prisma.jobFile.update({
      where: { jobId_purpose: { jobId, purpose: "output" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await listed()).toMatchObject({ state: "succeeded", outputKept: false });
    expect((await download(jobId, cookies.member)).status).toBe(410);
  });

  it("the document page follows only the person's own unfinished export after a reload, then offers its kept file", async () => {
    const documentId = await translatedDocument();
    const jobId = String((await queue(documentId, cookies.member)).body.jobId);
    expect((await loadActiveJob(documentId, "export", member.id))?.id).toBe(jobId);
    expect(await loadActiveJob(documentId, "export", colleague.id)).toBeNull();
    expect(await loadKeptExport(documentId, member.id)).toBeNull();
    await runQueuedJob(jobId);
    expect(await loadActiveJob(documentId, "export", member.id)).toBeNull();
    // Finished: offered again to its requester while the file is kept, never to a colleague.
    expect((await loadKeptExport(documentId, member.id))?.id).toBe(jobId);
    expect(await loadKeptExport(documentId, colleague.id)).toBeNull();
    await prisma.jobFile.update({
      where: { jobId_purpose: { jobId, purpose: "output" } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await loadKeptExport(documentId, member.id)).toBeNull();
  });

  it("cancelled while queued makes no file; a requester who left meanwhile gets none (requesterLeft)", async () => {
    const documentId = await translatedDocument();
    const jobId = String((await queue(documentId, cookies.member)).body.jobId);
    await cancelJob(jobId, "export", member.id);
    expect((await runQueuedJob(jobId)).state).toBe("cancelled");
    expect(await prisma.jobFile.count({ where: { jobId } })).toBe(0);

    const leaver = await makeUser("translator", "export-jobs-leaver2");
    await setMember(projectId, leaver.id, "translator", null);
    const second = String((await queue(documentId, await sessionCookie(leaver.email, "correct horse 7"))).body.jobId);
    await removeMember(projectId, leaver.id, null);
    expect(await runQueuedJob(second)).toMatchObject({ state: "failed", error: { reason: "requesterLeft" } });
    expect(await prisma.jobFile.count({ where: { jobId: second } })).toBe(0);
  });
});

describe("POST /api/documents/:id/export refusals queue nothing", () => {
  it.each([
    ["nobody signed in", null, "", {}, 401],
    ["a member of another project only", "outsider", "", {}, 404],
    ["another origin", "member", "", { origin: "http://evil.example" }, 403],
    ["a cross-site fetch without Origin", "member", "", { origin: null, headers: { "sec-fetch-site": "cross-site" } }, 403],
    ["a bad format", "member", "?format=exe", {}, 400],
    ["a hostile line length", "member", "?format=srt&lineLength=1e9", {}, 400],
  ] as const)("%s", async (_label, who, query, options, status) => {
    const documentId = await translatedDocument();
    const before = await counts();
    const r = await queue(documentId, who ? cookies[who] : null, query || undefined, options);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(await counts()).toEqual(before);
  });

  it("a hostile document id → 404", async () => {
    const before = await counts();
    const id = "x'; DROP TABLE job; --";
    const r = await call(exportJobRoute, "POST", `/api/documents/${encodeURIComponent(id)}/export`, {
      cookie: cookies.member,
      params: { id },
    });
    expect(r.status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

describe("GET /api/jobs/:id/download refusals change nothing", () => {
  /** Everything a download could touch: the job rows, their files, and this job's file as it is kept. */
  const snapshot = async (jobId: string) => ({
    ...(await counts()),
    job: await prisma.job.findUnique({ where: { id: jobId } }),
    file: await prisma.jobFile.findMany({ where: { jobId }, select: { purpose: true, expiresAt: true, fileName: true } }),
  });
  let jobId: string;
  let documentId: string;

  beforeAll(async () => {
    documentId = await translatedDocument();
    jobId = String((await queue(documentId, cookies.member)).body.jobId);
    await runQueuedJob(jobId);
  });

  it.each([
    ["nobody signed in", null, 401, "signInRequired"],
    ["a member of another project only", "outsider", 404, "notFound"],
  ] as const)("%s", async (_label, who, status, reason) => {
    const before = await snapshot(jobId);
    const r = await download(jobId, who ? cookies[who] : null);
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(r.body).toMatchObject({ error: { details: { reason } } });
    expect(await snapshot(jobId)).toEqual(before);
  });

  it("a reviewer of another project (another role, another project): 404, nothing read or changed", async () => {
    const reviewer = await makeUser("reviewer", "export-jobs-other-reviewer");
    const otherProject = (await prisma.project.create({ data: { name: `export-jobs other ${Date.now()}` } })).id;
    await setMember(otherProject, reviewer.id, "reviewer", null);
    const before = await snapshot(jobId);
    const r = await download(jobId, await sessionCookie(reviewer.email, "correct horse 7"));
    expect(r.status).toBe(404);
    expect(JSON.stringify(r.body)).not.toContain("पहला");
    expect(await snapshot(jobId)).toEqual(before);
  });

  it("another origin: a safe GET that changes nothing, and no CORS header lets that site read the file", async () => {
    const before = await snapshot(jobId);
    for (const options of [{ origin: "http://evil.example" }, { origin: null, headers: { "sec-fetch-site": "cross-site" } }]) {
      const r = await call(downloadRoute, "GET", `/api/jobs/${jobId}/download`, {
        cookie: cookies.member,
        params: { id: jobId },
        ...options,
      });
      expect(r.status).toBe(200);
      expect(r.headers.get("access-control-allow-origin")).toBeNull();
      expect(r.headers.get("cache-control")).toBe("no-store");
    }
    expect(await snapshot(jobId)).toEqual(before);
  });

  it("a stale or wrong job: another kind's job and a cancelled export are 409 exportNotReady, a hostile id 404 — nothing changed", async () => {
    const analysis = await enqueueAnalysis(documentId, { id: member.id, role: "translator", projectId });
    const cancelled = String((await queue(documentId, cookies.member)).body.jobId);
    await cancelJob(cancelled, "export", member.id);
    for (const id of [analysis, cancelled]) {
      const before = await snapshot(id);
      expect(await download(id, cookies.member)).toMatchObject({ status: 409, body: { error: { details: { reason: "exportNotReady" } } } });
      expect(await snapshot(id)).toEqual(before);
    }
    const hostile = "x'; DROP TABLE job_file; --";
    const before = await counts();
    const r = await call(downloadRoute, "GET", `/api/jobs/${encodeURIComponent(hostile)}/download`, {
      cookie: cookies.member,
      params: { id: hostile },
    });
    expect(r.status).toBe(404);
    expect(await counts()).toEqual(before);
  });
});

/** The download's raw body (call() keeps a body that is not JSON as `text`). */
async function fetchBody(jobId: string, cookie: string) {
  const r = await call(downloadRoute, "GET", `/api/jobs/${jobId}/download`, { cookie, params: { id: jobId } });
  return { status: r.status, headers: r.headers, text: String(r.body.text ?? "") };
}
