import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { enqueueImport } from "@/features/exchange/mutations";
import { loadActiveImport } from "@/features/jobs/data";
import { cancelJob } from "@/features/jobs/mutations";
import { removeMember, setMember } from "@/features/projects/mutations";
import { syntheticParallel } from "@/lib/align/synthetic-corpus";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { runQueuedJob, waitForJob } from "../support/jobs";
import { routes, tmxWithStatus } from "../support/routes";
import { WORKER_ENV, workerProcesses } from "../support/workers";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * Large imports as jobs (#20): a file over SETU_IMPORT_JOB_BYTES is stored in the database beside its
 * job row (job_file) and answered 202; a worker parses it with progress (bytes read) and writes the
 * document in the job's one final transaction. Refusals change nothing (no job, no file, no document);
 * a file that does not parse fails its job with the parser's reason and leaves nothing; a killed
 * worker's import is done once by the next worker; a cancelled one creates no document.
 */
const THRESHOLD = 20_000;
Object.assign(process.env, WORKER_ENV, { SETU_IMPORT_JOB_BYTES: String(THRESHOLD) });
const workers = workerProcesses();

let projectId: string;
let otherProjectId: string;
let translator: CurrentUser;
let outsider: CurrentUser;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `import-jobs ${Date.now()}` } })).id;
  otherProjectId = (await prisma.project.create({ data: { name: `import-jobs other ${Date.now()}` } })).id;
  translator = await makeUser("translator", "import-jobs-translator");
  outsider = await makeUser("translator", "import-jobs-outsider");
  await setMember(projectId, translator.id, "translator", null);
  await setMember(otherProjectId, outsider.id, "translator", null);
  cookies.translator = await sessionCookie(translator.email, "correct horse 7");
  cookies.outsider = await sessionCookie(outsider.email, "correct horse 7");
});

afterAll(async () => {
  workers.killAll();
  await stopQueue();
});

/** A TMX of `units` Hindi–English units (synthetic sentences), each recording a status. */
function bigTmx(units: number, status = "approved"): string {
  const { hi, en } = syntheticParallel(units, 7);
  return tmxWithStatus(hi.slice(0, units).map((h, i) => ({ hindi: h.text, english: en[i]?.text ?? "English.", status })));
}

function importForm(xml: string, title: string, name = "big.tmx", project = projectId): FormData {
  const form = new FormData();
  form.set("file", new File([xml], name, { type: "application/x-tmx+xml" }));
  form.set("title", title);
  form.set("project", project);
  return form;
}

/** Everything an import could leave behind, across the database. */
async function counts() {
  return {
    documents: await prisma.document.count(),
    sentences: await prisma.sentence.count(),
    jobs: await prisma.job.count(),
    files: await prisma.jobFile.count(),
  };
}

const titled = (title: string) => prisma.document.findMany({ where: { title }, select: { id: true } });
const importAs = (user: CurrentUser, xml: string, title: string) =>
  enqueueImport(
    { name: "big.tmx", bytes: new TextEncoder().encode(xml) },
    { title, projectId, userId: user.id, role: "translator", maxBytes: 50 << 20 },
  );

describe("POST /api/documents/import over the threshold", () => {
  it("answers 202 with a job; the worker's result is the import report and the document", async () => {
    const xml = bigTmx(300);
    expect(xml.length).toBeGreaterThan(THRESHOLD);
    const r = await call(routes.importFile, "POST", "/api/documents/import", {
      cookie: cookies.translator,
      form: importForm(xml, "Big one"),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const jobId = String(r.body.jobId);
    expect(r.headers.get("location")).toBe(`/api/jobs/${jobId}`);
    expect(await titled("Big one")).toEqual([]);
    const staged = await prisma.jobFile.findUniqueOrThrow({ where: { jobId_purpose: { jobId, purpose: "input" } } });
    expect(staged.bytes.length).toBe(Buffer.byteLength(xml));
    // The import form follows the person's unfinished import after a reload; nobody else's.
    expect((await loadActiveImport(translator.id))?.id).toBe(jobId);
    expect(await loadActiveImport(outsider.id)).toBeNull();
    const job = await runQueuedJob(jobId);
    expect(await loadActiveImport(translator.id)).toBeNull();
    expect(job).toMatchObject({ state: "succeeded", kind: "import", done: job.total, error: null });
    expect(job.total).toBe(Buffer.byteLength(xml));
    const report = job.result as { id: string; format: string; units: number; capped: number };
    // The finished job is the new document's (its Jobs list shows it), set in the job's own transaction.
    expect(job.documentId).toBe(report.id);
    // A translator's approved units arrive translated, as in the synchronous import.
    expect(report).toMatchObject({ format: "tmx", units: 300, capped: 300 });
    const units = await prisma.unit.findMany({ where: { documentId: report.id } });
    expect(units).toHaveLength(300);
    expect(new Set(units.map((u) => u.status))).toEqual(new Set(["translated"]));
    expect((await prisma.document.findUniqueOrThrow({ where: { id: report.id } })).projectId).toBe(projectId);
    // The staged file went with the job's end.
    expect(await prisma.jobFile.count({ where: { jobId } })).toBe(0);
  });

  it("keeps the synchronous path below the threshold (201 with the report)", async () => {
    const xml = tmxWithStatus([{ hindi: "किसान खेत गए।", english: "The farmers went.", status: "translated" }]);
    const before = await counts();
    const r = await call(routes.importFile, "POST", "/api/documents/import", {
      cookie: cookies.translator,
      form: importForm(xml, "Small"),
    });
    expect([r.status, r.body.units]).toEqual([201, 1]);
    expect((await counts()).jobs).toBe(before.jobs);
  });

  it("the TMX route queues the same job", async () => {
    const r = await call(routes.importTmx, "POST", "/api/documents/import-tmx", {
      cookie: cookies.translator,
      form: importForm(bigTmx(200), "Big TMX route", "no-extension"),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    const job = await runQueuedJob(String(r.body.jobId));
    expect(job).toMatchObject({ state: "succeeded", result: { units: 200 } });
  });
});

describe("refusals change nothing: no job, no staged file, no document", () => {
  const xml = bigTmx(200);
  it.each([
    ["nobody signed in", () => ({ cookie: null, form: importForm(xml, "R1") }), 401],
    ["a member of another project only", () => ({ cookie: cookies.outsider, form: importForm(xml, "R2") }), 404],
    [
      "a project of which the translator is no member",
      () => ({ cookie: cookies.translator, form: importForm(xml, "R3", "big.tmx", otherProjectId) }),
      404,
    ],
    ["another origin", () => ({ cookie: cookies.translator, form: importForm(xml, "R4"), origin: "http://evil.example" }), 403],
    [
      "a cross-site fetch without Origin",
      () => ({ cookie: cookies.translator, form: importForm(xml, "R5"), origin: null, headers: { "sec-fetch-site": "cross-site" } }),
      403,
    ],
    ["a file type Setu does not import", () => ({ cookie: cookies.translator, form: importForm(xml, "R6", "big.exe") }), 400],
  ] as const)("%s: refused, nothing changes", async (_label, options, status) => {
    const before = await counts();
    const r = await call(routes.importFile, "POST", "/api/documents/import", options());
    expect(r.status, JSON.stringify(r.body)).toBe(status);
    expect(await counts()).toEqual(before);
  });

  it.each([
    [
      "an entity declaration (XXE)",
      `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>${"<!-- pad -->".repeat(3000)}<tmx version="1.4"><header srclang="hi"/><body><tu><tuv xml:lang="hi"><seg>&x;</seg></tuv></tu></body></tmx>`,
      ["UNSAFE_XML", "xmlEntities"],
    ],
    ["a cut-off file", xml.slice(0, xml.length - 500), ["MALFORMED_FILE", "xmlMalformed"]],
    [
      "no Hindi–English unit",
      tmxWithStatus(Array.from({ length: 400 }, () => ({ hindi: "", english: "Only English here.", status: "translated" }))),
      ["BAD_INPUT", "noHindiEnglish"],
    ],
  ] as const)("a hostile or broken file (%s) fails its job with a named reason and leaves nothing", async (_label, bad, expected) => {
    expect(bad.length).toBeGreaterThan(THRESHOLD);
    const before = await counts();
    const r = await call(routes.importFile, "POST", "/api/documents/import", {
      cookie: cookies.translator,
      form: importForm(bad, "Hostile"),
    });
    expect(r.status).toBe(202);
    const job = await runQueuedJob(String(r.body.jobId));
    expect(job.state).toBe("failed");
    expect([job.error?.code, job.error?.reason]).toEqual(expected);
    expect(await counts()).toEqual({ ...before, jobs: before.jobs + 1 });
  });
});

describe("the final transaction asks again", () => {
  it("a requester removed from the project meanwhile imports nothing (requesterLeft)", async () => {
    const leaver = await makeUser("translator", "import-jobs-leaver");
    await setMember(projectId, leaver.id, "translator", null);
    const jobId = await importAs(leaver, bigTmx(50), "Leaver's");
    await removeMember(projectId, leaver.id, null);
    const job = await runQueuedJob(jobId);
    expect(job).toMatchObject({ state: "failed", error: { code: "FORBIDDEN", reason: "requesterLeft" } });
    expect(await titled("Leaver's")).toEqual([]);
  });

  it("a requester whose role changed meanwhile imports nothing (roleChanged)", async () => {
    const promoted = await makeUser("translator", "import-jobs-promoted");
    await setMember(projectId, promoted.id, "translator", null);
    const jobId = await importAs(promoted, bigTmx(50), "Promoted's");
    await setMember(projectId, promoted.id, "reviewer", null);
    const job = await runQueuedJob(jobId);
    expect(job).toMatchObject({ state: "failed", error: { code: "CONFLICT", reason: "roleChanged" } });
    expect(await titled("Promoted's")).toEqual([]);
  });
});

describe("kill and restart, cancel", () => {
  const spawnWorker = () => workers.spawn();
  const kill = (child: ChildProcess) => workers.kill(child);
  const stop = (child: ChildProcess) => workers.stop(child);
  // Large enough that parsing it takes seconds here, so a worker can be caught in the middle.
  const HUGE = 30_000;

  it("a killed worker's import is done by the next worker, once and whole", async () => {
    const xml = bigTmx(HUGE);
    const first = await spawnWorker();
    const jobId = await importAs(translator, xml, "Killed midway");
    const midway = await waitForJob(jobId, (j) => j.state === "running" && j.done > 0, 90_000);
    expect(midway.done).toBeLessThan(midway.total);
    await kill(first);
    expect(await titled("Killed midway")).toEqual([]);
    const second = await spawnWorker();
    const done = await waitForJob(jobId, (j) => j.state !== "running" && j.state !== "queued", 180_000);
    await stop(second);
    expect(done).toMatchObject({ state: "succeeded", attempts: 2, error: null });
    const documents = await titled("Killed midway");
    expect(documents).toHaveLength(1);
    expect(await prisma.unit.count({ where: { documentId: documents[0].id } })).toBe(HUGE);
    expect(await prisma.auditLog.count({ where: { documentId: documents[0].id, action: "document.create" } })).toBe(1);
    expect(await prisma.jobFile.count({ where: { jobId } })).toBe(0);
  }, 300_000);

  it("a queued import cancelled never runs; a running one stops and creates no document", async () => {
    const queued = await importAs(translator, bigTmx(50), "Cancelled queued");
    await cancelJob(queued, "import", translator.id);
    expect(await prisma.jobFile.count({ where: { jobId: queued } })).toBe(0);
    expect((await runQueuedJob(queued)).state).toBe("cancelled");

    const xml = bigTmx(HUGE);
    const worker = await spawnWorker();
    const running = await importAs(translator, xml, "Cancelled running");
    await waitForJob(running, (j) => j.state === "running" && j.done > 0, 90_000);
    await cancelJob(running, "import", translator.id);
    // Long enough for the import to have finished had it not stopped.
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    await stop(worker);
    expect((await prisma.job.findUniqueOrThrow({ where: { id: running } })).state).toBe("cancelled");
    expect(await titled("Cancelled running")).toEqual([]);
    expect(await titled("Cancelled queued")).toEqual([]);
    expect(await prisma.jobFile.count({ where: { jobId: running } })).toBe(0);
  }, 300_000);
});
