import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelJob } from "@/features/jobs/mutations";
import { setMember } from "@/features/projects/mutations";
import { enqueueReindex } from "@/features/tm/mutations";
import { prisma } from "@/lib/server/prisma";
import { stopQueue } from "@/lib/server/queue";
import type { CurrentUser } from "@/lib/server/session";
import { concordanceKeys } from "@/lib/tm/concordance-keys";
import { describeEntry } from "@/lib/tm/entry";
import { setuAsync as setu } from "../support/cli";
import { makeUser } from "../support/fixtures";
import { runQueuedJob } from "../support/jobs";

/*
 * Memory re-indexing as a job (#20): entries whose normalised source or keys are stale are rewritten in
 * the job's final transaction; one that would collide with another entry is left and counted; refusals
 * (a translator, someone outside the project, a requester demoted meanwhile) change nothing.
 */
let projectId: string;
let reviewer: CurrentUser;
let translator: CurrentUser;
let outsider: CurrentUser;

beforeAll(async () => {
  projectId = (await prisma.project.create({ data: { name: `reindex ${Date.now()}` } })).id;
  reviewer = await makeUser("translator", "reindex-reviewer");
  translator = await makeUser("translator", "reindex-translator");
  outsider = await makeUser("translator", "reindex-outsider");
  await setMember(projectId, reviewer.id, "reviewer", null);
  await setMember(projectId, translator.id, "translator", null);
});

afterAll(async () => {
  await stopQueue();
});

/** An entry as an older version of Setu might have left it: wrong normalised text, keys not computed. */
async function staleEntry(source: string, target: string, norm = "stale"): Promise<number> {
  const [row] = await prisma.$queryRaw<{ id: number }[]>`
    INSERT INTO tm_entry (project_id, source, target, source_norm, source_hash, target_hash, keys, concordance_keys, status)
    VALUES (${projectId}, ${source}, ${target}, ${norm}, md5(${norm})::uuid, md5(${target})::uuid, '{1}', '{0}', 'translated')
    RETURNING id`;
  return row.id;
}

const entries = () =>
  prisma.tmEntry.findMany({
    where: { projectId },
    orderBy: { id: "asc" },
    select: { id: true, sourceNorm: true, keys: true, concordanceKeys: true },
  });

describe("a re-index job", () => {
  it("rewrites stale entries with today's keys, and leaves one that would collide (counted)", async () => {
    const source = "किसान खेत गए।";
    const target = "The farmers went to the field.";
    const good = describeEntry(source, null, null);
    const stale = await staleEntry(source, target);
    const other = await staleEntry("बच्चे स्कूल गए।", "The children went to school.", "stale too");
    const before = await entries();
    const job = await runQueuedJob(await enqueueReindex(projectId, { id: reviewer.id, role: "reviewer" }));
    expect(job).toMatchObject({ state: "succeeded", kind: "reindex", result: { entries: 2, changed: 2, duplicates: 0 } });
    const [a, b] = await entries();
    expect(a).toEqual({
      id: stale,
      sourceNorm: good.sourceNorm,
      keys: good.keys,
      concordanceKeys: concordanceKeys(good.sourceNorm, target),
    });
    expect(b.id).toBe(other);
    expect(b.sourceNorm).not.toBe("stale too");
    expect(before).not.toEqual(await entries());

    // A second entry of the same pair whose re-index would make it a duplicate of the first: left alone.
    const duplicate = await staleEntry(source, target, "another stale");
    const second = await runQueuedJob(await enqueueReindex(projectId, { id: reviewer.id, role: "reviewer" }));
    expect(second.result).toEqual({ entries: 3, changed: 0, duplicates: 1 });
    expect((await prisma.tmEntry.findUniqueOrThrow({ where: { id: duplicate } })).sourceNorm).toBe("another stale");
  });

  it("refuses a translator and someone outside the project; a requester demoted meanwhile changes nothing", async () => {
    await staleEntry("एक नया वाक्य।", "A new sentence.", "stale three");
    const before = await entries();
    const jobs = await prisma.job.count();
    await expect(enqueueReindex(projectId, { id: translator.id, role: "translator" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      details: { reason: "reviewerOnly" },
    });
    const outside = await setu(["tm", "reindex", "--project", projectId, "--user", outsider.email]);
    expect(outside.status).toBe(3);
    const asTranslator = await setu(["tm", "reindex", "--project", projectId, "--user", translator.email]);
    expect(asTranslator.status).not.toBe(0);
    expect((await setu(["tm", "reindex", "--project", projectId])).status).toBe(2);
    expect(await prisma.job.count()).toBe(jobs);

    const demoted = await makeUser("translator", "reindex-demoted");
    await setMember(projectId, demoted.id, "reviewer", null);
    const jobId = await enqueueReindex(projectId, { id: demoted.id, role: "reviewer" });
    await setMember(projectId, demoted.id, "translator", null);
    expect(await runQueuedJob(jobId)).toMatchObject({ state: "failed", error: { reason: "reviewerOnly" } });
    const cancelled = await enqueueReindex(projectId, { id: reviewer.id, role: "reviewer" });
    await cancelJob(cancelled, "reindex", reviewer.id);
    expect((await runQueuedJob(cancelled)).state).toBe("cancelled");
    expect(await entries()).toEqual(before);
  });

  it("setu tm reindex --user prints the job id", async () => {
    const r = await setu(["tm", "reindex", "--project", projectId, "--user", reviewer.email]);
    expect([r.status, r.stderr]).toEqual([0, ""]);
    const job = await prisma.job.findUniqueOrThrow({ where: { id: r.stdout.trim() } });
    expect([job.kind, job.projectId, job.requestedById, job.documentId]).toEqual(["reindex", projectId, reviewer.id, null]);
  });
});
