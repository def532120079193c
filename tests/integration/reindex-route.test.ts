import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as reindexRoute } from "@/app/api/projects/[id]/memory/reindex/route";
import { loadActiveProjectJob } from "@/features/jobs/data";
import { setMember } from "@/features/projects/mutations";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { runQueuedJob } from "../support/jobs";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * POST /api/projects/:id/memory/reindex (#20): the project page's "Re-index memory" button. The memory
 * policy decides (memory-import: reviewers, managers, administrators), as for `setu tm reindex`; every
 * refusal queues nothing (no job row: its queue message is sent in the row's transaction); a second press while one runs follows that one.
 */
let projectId: string;
let otherProjectId: string;
const cookies: Record<string, string> = {};
let reviewer: CurrentUser;

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `reindex-route ${Date.now()}` } })).id;
  otherProjectId = (await prisma.project.create({ data: { name: `reindex-route other ${Date.now()}` } })).id;
  reviewer = await makeUser("translator", "reindex-route-reviewer");
  const translator = await makeUser("translator", "reindex-route-translator");
  const manager = await makeUser("translator", "reindex-route-manager");
  const elsewhere = await makeUser("translator", "reindex-route-elsewhere");
  const admin = await makeUser("admin", "reindex-route-admin");
  await setMember(projectId, reviewer.id, "reviewer", null);
  await setMember(projectId, translator.id, "translator", null);
  await setMember(projectId, manager.id, "manager", null);
  await setMember(otherProjectId, elsewhere.id, "reviewer", null);
  for (const [name, user] of Object.entries({ reviewer, translator, manager, elsewhere, admin }))
    cookies[name] = await sessionCookie(user.email, "correct horse 7");
});

afterAll(async () => {
  await stopQueue();
});

const press = (id: string, cookie: string | null, options = {}) =>
  call(reindexRoute, "POST", `/api/projects/${encodeURIComponent(id)}/memory/reindex`, { cookie, params: { id }, ...options });
const jobs = () => prisma.job.findMany({ where: { kind: "reindex" }, select: { id: true, state: true }, orderBy: { id: "asc" } });

describe("POST /api/projects/:id/memory/reindex refusals queue nothing", () => {
  it("another role: a translator of the project is 403 reviewerOnly", async () => {
    const before = await jobs();
    const r = await press(projectId, cookies.translator);
    expect(r).toMatchObject({ status: 403, body: { error: { details: { reason: "reviewerOnly" } } } });
    expect(await jobs()).toEqual(before);
  });

  it("another project: a reviewer of another project is 404, as for a project that does not exist", async () => {
    const before = await jobs();
    expect((await press(projectId, cookies.elsewhere)).status).toBe(404);
    expect((await press("does-not-exist", cookies.reviewer)).status).toBe(404);
    expect(await jobs()).toEqual(before);
  });

  it("another origin, or no session: refused before anything runs", async () => {
    const before = await jobs();
    expect(await press(projectId, cookies.reviewer, { origin: "https://evil.example" })).toMatchObject({ status: 403 });
    expect((await press(projectId, null)).status).toBe(401);
    expect(await jobs()).toEqual(before);
  });

  it("hostile input: an id that is no id, and a body the route does not read, change nothing", async () => {
    const before = await jobs();
    expect((await press("'; DROP TABLE job; --", cookies.reviewer)).status).toBe(404);
    expect((await press("../../settings", cookies.admin)).status).toBe(404);
    const form = new FormData();
    form.set("projectId", otherProjectId);
    expect((await press(projectId, cookies.elsewhere, { form })).status).not.toBe(202);
    expect(await jobs()).toEqual(before);
  });
});

describe("the re-index button's route", () => {
  it("queues the job for a reviewer (202, its id); a second press while it is queued follows that job (409 jobRunning)", async () => {
    const r = await press(projectId, cookies.reviewer);
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const jobId = String(r.body.jobId);
    expect(r.headers.get("location")).toBe(`/api/jobs/${jobId}`);
    expect(await prisma.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      kind: "reindex",
      projectId,
      requestedById: reviewer.id,
      state: "queued",
    });
    expect((await loadActiveProjectJob(projectId, "reindex"))?.id).toBe(jobId);
    const before = await jobs();
    // A stale second press: the job already queued is named, none is added.
    expect(await press(projectId, cookies.manager)).toMatchObject({
      status: 409,
      body: { error: { details: { reason: "jobRunning", jobId } } },
    });
    expect(await jobs()).toEqual(before);
    expect((await runQueuedJob(jobId)).state).toBe("succeeded");
    expect(await loadActiveProjectJob(projectId, "reindex")).toBeNull();
  });

  it("a manager and an administrator may press it too", async () => {
    for (const who of ["manager", "admin"]) {
      const r = await press(projectId, cookies[who]);
      expect(r.status, `${who}: ${JSON.stringify(r.body)}`).toBe(202);
      expect((await runQueuedJob(String(r.body.jobId))).state).toBe("succeeded");
    }
  });
});
