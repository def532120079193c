import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningWorker, startWorker } from "@/features/jobs/mutations";
import { setMember } from "@/features/projects/mutations";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { setuAsync as setu } from "../support/cli";
import { makeDocument, makeUser } from "../support/fixtures";
import { handlers } from "../support/jobs";

/*
 * `setu align --document`: the CLI's way into the same job as the web form. Without --wait it prints
 * the job's id; with --wait it follows the job (run here by a worker of this process) and prints the
 * report. Someone outside the document's project is told 3 (not found) and nothing is queued.
 */
const HINDI = ["पहला वाक्य है।", "दूसरा वाक्य है।", "तीसरा वाक्य है।"];
const dir = mkdtempSync(path.join(tmpdir(), "setu-jobs-cli-"));
const englishFile = path.join(dir, "english.txt");
writeFileSync(englishFile, "The first sentence. The second sentence. The third sentence.");

let projectId: string;
let member: CurrentUser;
let outsider: CurrentUser;
let worker: RunningWorker | null = null;

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `jobs-cli ${Date.now()}` } })).id;
  member = await makeUser("translator", "jobs-cli-member");
  outsider = await makeUser("translator", "jobs-cli-outsider");
  await setMember(projectId, member.id, "translator", null);
});

afterAll(async () => {
  await worker?.stop();
  await stopQueue();
});

describe("setu align --document", () => {
  it("queues the job and prints its id; the job is the member's", async () => {
    const doc = await makeDocument(HINDI, member.id, projectId);
    const r = await setu(["align", "--document", doc.id, englishFile, "--user", member.email]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const jobId = r.stdout.trim();
    const job = await prisma.job.findUniqueOrThrow({ where: { id: jobId } });
    expect([job.state, job.kind, job.documentId, job.requestedById, job.total]).toEqual(["queued", "align", doc.id, member.id, 3]);
  });

  it("--wait follows the job to its end, with progress on stderr and the report on stdout", async () => {
    worker = await startWorker(handlers, { pollingSeconds: 0.5 });
    const doc = await makeDocument(HINDI, member.id, projectId);
    const r = await setu(["align", "--document", doc.id, englishFile, "--user", member.email, "--wait", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ documentId: doc.id, units: 3, replaced: 0 });
    expect(r.stderr).toMatch(/succeeded, 3\/3 sentences \(100%\)/);
    const units = await prisma.unit.findMany({ where: { documentId: doc.id }, orderBy: { firstSentence: "asc" } });
    expect(units.map((u) => u.english)).toEqual(["The first sentence.", "The second sentence.", "The third sentence."]);
  });

  it("refuses someone outside the project (exit 3) and queues nothing", async () => {
    const doc = await makeDocument(HINDI, member.id, projectId);
    const jobs = await prisma.job.count();
    const r = await setu(["align", "--document", doc.id, englishFile, "--user", outsider.email]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(await prisma.job.count()).toBe(jobs);
  });

  it("refuses a missing --user and a hostile document id (exit 2) without touching the database", async () => {
    const jobs = await prisma.job.count();
    expect((await setu(["align", "--document", "x", englishFile])).status).toBe(2);
    expect((await setu(["align", "--document", "a'; DROP TABLE job; --", englishFile, "--user", member.email])).status).toBe(2);
    expect(await prisma.job.count()).toBe(jobs);
  });
});

describe("setu import --user (a large import as a job)", () => {
  const tus = Array.from(
    { length: 40 },
    (_, i) => `<tu><tuv xml:lang="hi"><seg>यह वाक्य संख्या ${i} है।</seg></tuv><tuv xml:lang="en"><seg>This is sentence ${i}.</seg></tuv></tu>`,
  ).join("");
  const tmxFile = path.join(dir, "big.tmx");
  writeFileSync(tmxFile, `<?xml version="1.0"?><tmx version="1.4"><header srclang="hi"/><body>${tus}</body></tmx>`);
  const hostileFile = path.join(dir, "hostile.tmx");
  writeFileSync(
    hostileFile,
    `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="hi"/><body><tu><tuv xml:lang="hi"><seg>&x;</seg></tuv></tu></body></tmx>`,
  );
  const titled = (title: string) => prisma.document.count({ where: { title } });

  it("prints the job's id; the job is the member's, in the named project", async () => {
    const r = await setu(["import", tmxFile, "--title", "CLI queued", "--project", projectId, "--user", member.email]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const job = await prisma.job.findUniqueOrThrow({ where: { id: r.stdout.trim() } });
    expect([job.kind, job.projectId, job.requestedById]).toEqual(["import", projectId, member.id]);
    // Queued for no document; a worker of another test file may have run it already: then it is the document it made.
    expect(job.documentId).toBe(job.state === "succeeded" ? (job.result as { id: string }).id : null);
  });

  it("--wait follows the job, with progress on stderr and the new document's id on stdout", async () => {
    worker ??= await startWorker(handlers, { pollingSeconds: 0.5 });
    const r = await setu(["import", tmxFile, "--title", "CLI waited", "--project", projectId, "--user", member.email, "--wait"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/succeeded, (\d+)\/\1 bytes \(100%\)/);
    const doc = await prisma.document.findUniqueOrThrow({ where: { id: r.stdout.trim() }, select: { title: true, projectId: true } });
    expect(doc).toEqual({ title: "CLI waited", projectId });
    expect(await prisma.unit.count({ where: { documentId: r.stdout.trim() } })).toBe(40);
  });

  it("--wait on a hostile file names the reason, and nothing is left", async () => {
    worker ??= await startWorker(handlers, { pollingSeconds: 0.5 });
    const files = await prisma.jobFile.count();
    const r = await setu(["import", hostileFile, "--title", "CLI hostile", "--project", projectId, "--user", member.email, "--wait"]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/xmlEntities/);
    expect(await titled("CLI hostile")).toBe(0);
    expect(await prisma.jobFile.count()).toBe(files);
  });

  it("refuses someone outside the project (exit 3), --wait without --user and a text file with --user (exit 2); nothing is queued", async () => {
    const jobs = await prisma.job.count();
    const outside = await setu(["import", tmxFile, "--project", projectId, "--user", outsider.email]);
    expect(outside.status).toBe(3);
    expect((await setu(["import", tmxFile, "--project", projectId, "--wait"])).status).toBe(2);
    expect((await setu(["import", englishFile, "--project", projectId, "--user", member.email])).status).toBe(2);
    expect(await prisma.job.count()).toBe(jobs);
  });
});

describe("setu export --user (an export as a job)", () => {
  it("prints the job id; --wait follows it and writes the file; an outsider gets exit 3 and nothing is queued", async () => {
    worker ??= await startWorker(handlers, { pollingSeconds: 0.5 });
    const doc = await makeDocument(HINDI, member.id, projectId);
    await prisma.unit.updateMany({ where: { documentId: doc.id }, data: { english: "English.", status: "approved" } });
    const queued = await setu(["export", doc.id, "--user", member.email]);
    expect([queued.status, queued.stderr]).toEqual([0, ""]);
    const job = await prisma.job.findUniqueOrThrow({ where: { id: queued.stdout.trim() } });
    expect([job.kind, job.documentId, job.requestedById]).toEqual(["export", doc.id, member.id]);

    const out = path.join(dir, "export.tmx");
    const waited = await setu(["export", doc.id, "--user", member.email, "--wait", "--out", out]);
    expect(waited.status, waited.stderr).toBe(0);
    expect(waited.stderr).toMatch(/succeeded, 3\/3 units \(100%\)/);
    const { readFileSync } = await import("node:fs");
    expect(readFileSync(out, "utf8")).toContain("पहला वाक्य है।");

    const jobs = await prisma.job.count();
    expect((await setu(["export", doc.id, "--user", outsider.email])).status).toBe(3);
    expect((await setu(["export", doc.id, "--wait"])).status).toBe(2);
    expect(await prisma.job.count()).toBe(jobs);
  });
});
