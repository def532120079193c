import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as analyseRoute } from "@/app/api/documents/[id]/analyse/route";
import { POST as pretranslateRoute } from "@/app/api/documents/[id]/pretranslate/route";
import { POST as cancelRoute } from "@/app/api/jobs/[id]/cancel/route";
import { saveUnit } from "@/features/editor/mutations";
import { loadProjectJobs } from "@/features/jobs/data";
import { cancelJob, type JobContext, type JobHandlers, runJob } from "@/features/jobs/mutations";
import type { JobView } from "@/features/jobs/schema";
import { enqueuePretranslation, runPretranslationJob } from "@/features/pretranslate/mutations";
import type { PretranslateResult } from "@/features/pretranslate/types";
import { removeMember, setMember } from "@/features/projects/mutations";
import { forgetKeyFrequency, loadDocumentAnalysis } from "@/features/tm/data";
import { enqueueAnalysis, runAnalysisJob } from "@/features/tm/mutations";
import { syntheticParallel } from "@/lib/align/synthetic-corpus";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { makeDocument, makeUser } from "../support/fixtures";
import { call, sessionCookie } from "../support/http";
import { handlers, runQueuedJob, waitForJob } from "../support/jobs";
import { WORKER_ENV, workerProcesses } from "../support/workers";

vi.mock("next/headers", async () => (await import("../support/http")).nextHeadersMock);

/*
 * The translation memory's analysis and pre-translation as jobs, against the real PostgreSQL and
 * pg-boss: the routes' refusals first (the database compared before and after), then the worker's
 * side — progress in units, the result stored with the job, the one final transaction that a cancel
 * or a removal from the project before it leaves without a trace, units changed meanwhile left alone,
 * and `setu worker` processes killed in the middle of a job.
 */
Object.assign(process.env, WORKER_ENV);
const workers = workerProcesses();

const A = "सरकार ने 500 करोड़ रुपये की नई योजना घोषित की।";
const B = "प्रधानमंत्री ने आज दिल्ली में किसानों से बात की।";
const C = "बैठक में विपक्ष के नेता भी मौजूद थे।";
const NEW = "आज मौसम साफ रहेगा और शाम को हल्की बारिश हो सकती है।";
const EN = [
  "The government announced a new Rs 500 crore scheme.",
  "The PM spoke to farmers in Delhi today.",
  "Opposition leaders attended the meeting.",
];

let projectId: string;
let translator: CurrentUser;
let colleague: CurrentUser;
let outsider: CurrentUser;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  forgetKeyFrequency();
  projectId = (await prisma.project.create({ data: { name: `tm-jobs ${Date.now()}` } })).id;
  translator = await makeUser("translator", "tmj-tr");
  colleague = await makeUser("translator", "tmj-col");
  outsider = await makeUser("translator", "tmj-out");
  await setMember(projectId, translator.id, "translator", null);
  await setMember(projectId, colleague.id, "translator", null);
  for (const [name, user] of Object.entries({ translator, colleague, outsider }))
    cookies[name] = await sessionCookie(user.email, "correct horse 7");
  const memory = await makeDocument([A, B, C], null, projectId);
  for (const [i, english] of EN.entries()) await saveUnit(memory.unitIds[i], { english, version: 1, markTranslated: true }, translator);
});

afterAll(async () => {
  workers.killAll();
  await stopQueue();
});

/** A, B, C as in the memory (101, 101, 100 %) and a new sentence. */
const small = () => makeDocument([A, B, C, NEW], translator.id, projectId);

/** Everything a job of these kinds could change. */
async function state(documentId: string) {
  return {
    units: await prisma.unit.findMany({
      where: { documentId },
      orderBy: { firstSentence: "asc" },
      select: { id: true, english: true, status: true, version: true, pretranslated: true },
    }),
    versions: await prisma.unitVersion.count({ where: { unit: { documentId } } }),
    undo: await prisma.undoEntry.count({ where: { documentId } }),
    audit: await prisma.auditLog.count({ where: { documentId } }),
    jobs: await prisma.job.findMany({
      where: { documentId },
      orderBy: { createdAt: "asc" },
      select: { id: true, state: true, result: true },
    }),
  };
}

const routeOf = { analyse: analyseRoute, pretranslate: pretranslateRoute } as const;
type Kind = keyof typeof routeOf;
const kinds: Kind[] = ["analyse", "pretranslate"];

function post(
  kind: Kind,
  documentId: string,
  opts: { cookie?: string | null; origin?: string | null; headers?: Record<string, string>; json?: unknown } = {},
) {
  return call(routeOf[kind], "POST", `/api/documents/${encodeURIComponent(documentId)}/${kind}`, {
    cookie: opts.cookie === undefined ? cookies.translator : opts.cookie,
    origin: opts.origin,
    headers: opts.headers,
    params: { id: documentId },
    json: opts.json ?? {},
  });
}

describe.each(kinds)("POST /api/documents/:id/%s: refusals leave the database as it was", (kind) => {
  it("refuses without a session (401)", async () => {
    const { id } = await small();
    const before = await state(id);
    expect((await post(kind, id, { cookie: null })).status).toBe(401);
    expect(await state(id)).toEqual(before);
  });

  it("answers a member of another project 404, as for a document that does not exist", async () => {
    const { id } = await small();
    const before = await state(id);
    const r = await post(kind, id, { cookie: cookies.outsider });
    const none = await post(kind, "doc_does_not_exist", { cookie: cookies.outsider });
    expect([r.status, none.status]).toEqual([404, 404]);
    expect(r.body.error?.code).toBe(none.body.error?.code);
    expect(await state(id)).toEqual(before);
  });

  it("refuses another origin, an opaque one, and a cross-site request without Origin (403 crossOrigin)", async () => {
    const { id } = await small();
    const before = await state(id);
    for (const opts of [
      { origin: "https://evil.example" },
      { origin: "null" },
      { origin: null, headers: { "sec-fetch-site": "cross-site" } },
    ]) {
      const r = await post(kind, id, opts);
      expect([r.status, r.body.error?.details?.reason]).toEqual([403, "crossOrigin"]);
    }
    expect(await state(id)).toEqual(before);
  });

  it("answers a hostile or unknown id 404 and a body it cannot take 400 (naming the field), queuing nothing", async () => {
    const { id } = await small();
    const before = await state(id);
    const jobs = await prisma.job.count();
    for (const hostile of ["x'; DROP TABLE job; --", "a\u0000b", "00000000-0000-0000-0000-000000000000"]) {
      expect((await post(kind, hostile)).status).toBe(404);
    }
    const bad = await post(kind, id, { json: kind === "analyse" ? { everything: true } : { min: "all" } });
    expect([bad.status, bad.body.error?.code]).toEqual([400, "BAD_INPUT"]);
    expect(await prisma.job.count()).toBe(jobs);
    expect(await state(id)).toEqual(before);
  });

  it("answers 409 jobRunning, naming the job, while one is queued for the document; nothing more is queued", async () => {
    const { id } = await small();
    const first = await post(kind, id);
    expect(first.status).toBe(202);
    const before = await state(id);
    const again = await post(kind, id, { cookie: cookies.colleague });
    expect([again.status, again.body.error?.details?.reason, again.body.error?.details?.jobId]).toEqual([
      409,
      "jobRunning",
      first.body.jobId,
    ]);
    expect(await state(id)).toEqual(before);
    await cancelJob(String(first.body.jobId), kind, translator.id);
  });

  it("refuses a colleague's cancel of the job (403 notYourJob); the requester's cancel leaves everything as it was", async () => {
    const { id } = await small();
    const before = await state(id);
    const jobId = String((await post(kind, id)).body.jobId);
    const refused = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, { cookie: cookies.colleague, params: { id: jobId } });
    expect([refused.status, refused.body.error?.details?.reason]).toEqual([403, "notYourJob"]);
    expect((await prisma.job.findUniqueOrThrow({ where: { id: jobId } })).state).toBe("queued");
    const ok = await call(cancelRoute, "POST", `/api/jobs/${jobId}/cancel`, { cookie: cookies.translator, params: { id: jobId } });
    expect([ok.status, ok.body.state]).toEqual([200, "cancelled"]);
    // Delivered after the cancel, it does nothing.
    expect(await runQueuedJob(jobId)).toMatchObject({ state: "cancelled", attempts: 0, result: null });
    const after = await state(id);
    expect({ ...after, jobs: [] }).toEqual({ ...before, jobs: [] });
  });
});

/** The handlers with each job's context wrapped: `onProgress` runs after every progress report. */
function watched(onProgress: (job: JobContext, done: number, total: number) => Promise<void>): JobHandlers {
  const wrap =
    (handler: (job: JobContext) => Promise<void>) =>
    (job: JobContext): Promise<void> =>
      handler({
        ...job,
        async progress(done, total) {
          await job.progress(done, total);
          await onProgress(job, done, total);
        },
      });
  return { ...handlers, analyse: wrap(runAnalysisJob), pretranslate: wrap(runPretranslationJob) };
}

async function runWith(jobId: string, jobHandlers: JobHandlers): Promise<JobView> {
  await runJob(jobId, jobHandlers);
  return waitForJob(jobId, () => true);
}

describe("the analysis job", () => {
  it("reports units done of total, stores the bands with the job, and they are the page's analysis", async () => {
    const { id } = await small();
    const r = await post("analyse", id);
    expect(r.status).toBe(202);
    expect(r.headers.get("location")).toBe(`/api/jobs/${r.body.jobId}`);
    const seen: [number, number][] = [];
    const job = await runWith(
      String(r.body.jobId),
      watched(async (_job, done, total) => {
        seen.push([done, total]);
      }),
    );
    expect(seen).toEqual([
      [0, 4],
      [4, 4],
    ]);
    expect(job).toMatchObject({ state: "succeeded", kind: "analyse", done: 4, total: 4, attempts: 1 });
    const { bands, total } = await loadDocumentAnalysis(id);
    expect(job.result).toEqual({ bands, total });
    expect(bands.find((b) => b.band === "context")?.units).toBe(2);
    expect(bands.find((b) => b.band === "new")?.units).toBe(1);
  });

  it("reports progress a statement's worth of units at a time on a long document", async () => {
    const { hi } = syntheticParallel(1_200, 5);
    const doc = await makeDocument(
      hi.map((s) => s.text),
      translator.id,
      projectId,
    );
    const seen: number[] = [];
    const jobId = await enqueueAnalysis(doc.id, { id: translator.id, role: "translator", projectId });
    const job = await runWith(
      jobId,
      watched(async (_job, done) => {
        seen.push(done);
      }),
    );
    expect(job.state).toBe("succeeded");
    expect(seen).toEqual([0, 500, 1000, job.total]);
    expect((job.result as { total: { units: number } }).total.units).toBe(job.total);
  });

  it("gives no result to a requester removed from the project before it ends (requesterLeft)", async () => {
    const leaver = await makeUser("translator", "tmj-leaver");
    await setMember(projectId, leaver.id, "translator", null);
    const { id } = await small();
    const jobId = await enqueueAnalysis(id, { id: leaver.id, role: "translator", projectId });
    await removeMember(projectId, leaver.id, null);
    expect(await runQueuedJob(jobId)).toMatchObject({
      state: "failed",
      result: null,
      error: { code: "FORBIDDEN", reason: "requesterLeft" },
    });
  });
});

describe("the pre-translation job", () => {
  const enqueue = (documentId: string, min: number | null = null, user = translator) =>
    enqueuePretranslation(documentId, { min }, { id: user.id, role: "translator", projectId });

  it("cancelled after its last progress, before its transaction: nothing is written, no undo, no result", async () => {
    const { id } = await small();
    const before = await state(id);
    const jobId = await enqueue(id);
    const job = await runWith(
      jobId,
      watched(async (j, done, total) => {
        if (done === total) await cancelJob(j.id, "pretranslate", translator.id);
      }),
    );
    expect(job).toMatchObject({ state: "cancelled", result: null });
    const after = await state(id);
    expect({ ...after, jobs: [] }).toEqual({ ...before, jobs: [] });
  });

  it("leaves a unit edited between its plan and its transaction as it was (stale), and fills the rest with one undo", async () => {
    const doc = await small();
    const before = await state(doc.id);
    const jobId = await enqueue(doc.id);
    const job = await runWith(
      jobId,
      watched(async (_j, done, total) => {
        if (done === total) await saveUnit(doc.unitIds[0], { english: "Mine, meanwhile.", version: 1, markTranslated: false }, colleague);
      }),
    );
    expect(job).toMatchObject({ state: "succeeded", done: 4, total: 4 });
    expect(job.result).toEqual({ translated: 2, drafts: 0, stale: 1, undoId: expect.any(Number) } satisfies PretranslateResult);
    const after = await state(doc.id);
    expect(after.units.map((u) => [u.english, u.status, u.pretranslated])).toEqual([
      ["Mine, meanwhile.", "draft", null],
      [EN[1], "translated", 101],
      [EN[2], "translated", 100],
      ["", "draft", null],
    ]);
    expect(after.undo).toBe(before.undo + 1);
    const entry = await prisma.undoEntry.findUniqueOrThrow({ where: { id: (job.result as PretranslateResult).undoId as number } });
    expect([entry.userId, entry.kind]).toEqual([translator.id, "pretranslate"]);
  });

  it("writes nothing for a requester removed from the project before its transaction (requesterLeft)", async () => {
    const leaver = await makeUser("translator", "tmj-leaver2");
    await setMember(projectId, leaver.id, "translator", null);
    const { id } = await small();
    const jobId = await enqueue(id, null, leaver);
    const before = await state(id);
    const job = await runWith(
      jobId,
      watched(async (_j, done, total) => {
        if (done === total) await removeMember(projectId, leaver.id, null);
      }),
    );
    expect(job).toMatchObject({ state: "failed", error: { code: "FORBIDDEN", reason: "requesterLeft" } });
    const after = await state(id);
    expect({ ...after, jobs: [] }).toEqual({ ...before, jobs: [] });
  });
});

describe("the project's jobs list", () => {
  it("lists the project's jobs newest first, one document's with ?document, and nothing of another project's document", async () => {
    const otherProject = (await prisma.project.create({ data: { name: `tm-jobs other ${Date.now()}` } })).id;
    const user = { id: translator.id, role: "translator" as const, projectId };
    const first = await small();
    const second = await small();
    const a = await enqueueAnalysis(first.id, user);
    const b = await enqueuePretranslation(second.id, { min: null }, user);
    const c = await enqueueAnalysis(second.id, user);
    const all = await loadProjectJobs(projectId);
    expect(all.slice(0, 3).map((j) => [j.id, j.kind, j.state, j.documentTitle !== null])).toEqual([
      [c, "analyse", "queued", true],
      [b, "pretranslate", "queued", true],
      [a, "analyse", "queued", true],
    ]);
    expect((await loadProjectJobs(projectId, { documentId: second.id })).map((j) => j.id)).toEqual([c, b]);
    expect(await loadProjectJobs(otherProject, { documentId: second.id })).toEqual([]);
    for (const [id, kind] of [
      [a, "analyse"],
      [b, "pretranslate"],
      [c, "analyse"],
    ] as const)
      await cancelJob(id, kind, translator.id);
  });
});

describe("a killed worker's job", () => {
  /** A document long enough that looking it up in the memory takes a few seconds: A, B, C, then synthetic Hindi. */
  async function bigDocument(sentences: number) {
    const { hi } = syntheticParallel(sentences, 13);
    return makeDocument([A, B, C, ...hi.map((s) => s.text)], translator.id, projectId);
  }

  it.each(kinds)(
    "%s: started again by another worker and committed once, whole",
    async (kind) => {
      const doc = await bigDocument(6_000);
      const before = await state(doc.id);
      const first = await workers.spawn();
      const user = { id: translator.id, role: "translator" as const, projectId };
      const jobId = kind === "analyse" ? await enqueueAnalysis(doc.id, user) : await enqueuePretranslation(doc.id, { min: null }, user);
      const midway = await waitForJob(jobId, (j) => j.state === "running" && j.done > 0);
      expect(midway.done).toBeLessThan(midway.total);
      await workers.kill(first);
      const killed = await state(doc.id);
      expect({ ...killed, jobs: [] }).toEqual({ ...before, jobs: [] });

      const second = await workers.spawn();
      const done = await waitForJob(jobId, (j) => j.state !== "running" && j.state !== "queued", 150_000);
      await workers.stop(second);
      expect(done).toMatchObject({ state: "succeeded", attempts: 2, done: done.total, error: null });
      const after = await state(doc.id);
      if (kind === "analyse") {
        expect({ ...after, jobs: [] }).toEqual({ ...before, jobs: [] });
        expect((done.result as { total: { units: number } }).total.units).toBe(done.total);
      } else {
        expect(done.result).toMatchObject({ translated: 3, stale: 0 });
        expect(after.units.slice(0, 3).map((u) => u.english)).toEqual(EN);
        expect(after.undo).toBe(before.undo + 1);
        expect(after.versions).toBe(before.versions + 3);
      }
    },
    240_000,
  );
});
