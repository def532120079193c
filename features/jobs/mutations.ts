import "server-only";
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Prisma } from "@/generated/prisma/client";
import { projectActor } from "@/lib/editor/policy";
import type { Role } from "@/lib/editor/status";
import { AppError, isAppError } from "@/lib/errors";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { jobSettings } from "@/lib/server/env";
import { logError } from "@/lib/server/log";
import { getPgPool } from "@/lib/server/pg";
import { prisma, type Tx } from "@/lib/server/prisma";
import { getQueue, QUEUE_OF_KIND, type QueueJob, type QueueKind, type QueueMessage, sendToQueue } from "@/lib/server/queue";
import { transact } from "@/lib/server/transaction";
import type { JobKind } from "./schema";

/**
 * The life of a job row (schema.prisma Job): queued → running → succeeded | failed | cancelled.
 * pg-boss delivers each job to one worker, and starts it again once when its worker died; the row
 * says what Setu's users see, and every change to it is guarded by its state and attempt number, so
 * a worker that lost its job (cancelled, or handed to another worker) can change nothing any more.
 */

export interface NewJob {
  kind: JobKind;
  projectId: string;
  documentId: string | null;
  requestedById: string;
  /** Progress total known when queued (alignment: the Hindi sentences); the worker may correct it. */
  total: number;
  input: Prisma.InputJsonValue;
  /**
   * At most one queued or running job of this kind per document (analysis, pre-translation: a second
   * one would only repeat the first), or per project for a job of no document (memory re-index):
   * a request meeting one is refused with 409 jobRunning, naming it.
   */
  exclusive?: boolean;
  /** A file the worker reads (an import's upload), stored in the database beside the row (job_file). */
  file?: { fileName: string; mediaType: string; bytes: Uint8Array };
}

/** Inserts the job row and its queue message in one transaction; returns the job's id. */
export async function enqueueJob(job: NewJob): Promise<string> {
  const id = randomUUID();
  const client = await getPgPool().connect();
  try {
    await client.query("BEGIN");
    if (job.exclusive) {
      // Two requests at once: the second waits for the first's commit here and then sees its row.
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`job:${job.kind}:${job.documentId ?? job.projectId}`]);
      const { rows } = await client.query<{ id: string }>(
        `SELECT id FROM job WHERE project_id = $1 AND document_id IS NOT DISTINCT FROM $2 AND kind = $3::"JobKind"
           AND state IN ('queued', 'running') LIMIT 1`,
        [job.projectId, job.documentId, job.kind],
      );
      if (rows[0]) {
        const scope = job.documentId ? "document" : "project";
        throw new AppError("CONFLICT", `A ${job.kind} job for this ${scope} is already queued or running (${rows[0].id}).`, {
          reason: "jobRunning",
          jobId: rows[0].id,
        });
      }
    }
    await client.query(
      `INSERT INTO job (id, kind, project_id, document_id, requested_by_id, total, input)
       VALUES ($1, $2::"JobKind", $3, $4, $5, $6, $7::jsonb)`,
      [id, job.kind, job.projectId, job.documentId, job.requestedById, job.total, JSON.stringify(job.input)],
    );
    if (job.file) {
      await client.query(`INSERT INTO job_file (job_id, purpose, file_name, media_type, bytes) VALUES ($1, 'input', $2, $3, $4)`, [
        id,
        job.file.fileName,
        job.file.mediaType,
        Buffer.from(job.file.bytes.buffer, job.file.bytes.byteOffset, job.file.bytes.byteLength),
      ]);
    }
    await sendToQueue(job.kind, id, { executeSql: (text, values) => client.query(text, values) });
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  return id;
}

/**
 * Cancels a queued or running job. Takes the job row's lock, as a job's final transaction does: either
 * the cancel comes first (the result is never committed) or the result does (the cancel is refused,
 * jobFinished). Who may cancel is the caller's decision (features/jobs/data.ts accessJob).
 */
export async function cancelJob(jobId: string, kind: JobKind, cancelledById: string): Promise<void> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE job SET state = 'cancelled', finished_at = now(), input = NULL, cancelled_by_id = ${cancelledById}
    WHERE id = ${jobId} AND state IN ('queued', 'running') RETURNING id`;
  if (rows.length === 0) throw new AppError("CONFLICT", "This job has already finished.", { reason: "jobFinished" });
  // The row decides; pg-boss is told so that a queued message is not even delivered.
  try {
    await (await getQueue()).cancel(QUEUE_OF_KIND[kind], jobId);
  } catch (error) {
    logError("cancelling a queued job", error);
  }
}

/** Thrown inside a job when its row says it is no longer this worker's to finish (cancelled, taken over). */
export class JobStopped extends Error {
  constructor() {
    super("the job was cancelled or taken over by another worker");
  }
}

export interface JobContext {
  id: string;
  kind: JobKind;
  projectId: string;
  documentId: string | null;
  requestedById: string;
  input: unknown;
  attempt: number;
  /** Writes the progress (and the worker's heartbeat); throws JobStopped when the job is no longer this worker's. */
  progress(done: number, total: number): Promise<void>;
  /**
   * The job's one transaction: locks the job row, checks it is still this worker's, runs `commit` (the
   * job's writes and its own checks, on the rows it locks) and records `commit`'s value as the result.
   */
  finish<T extends Prisma.InputJsonValue>(commit: (tx: Tx) => Promise<T>, options?: { timeout?: number }): Promise<T>;
}

export type JobHandler = (context: JobContext) => Promise<void>;

/**
 * The person who queued a job as they act on its project now, inside the job's final transaction:
 * their account and membership rows are read FOR SHARE (held until commit, so a removal or re-role
 * waits for the commit, and one that came first is seen). Someone no longer in the project changes
 * nothing (requesterLeft). The caller asks the policy about the returned role.
 */
export async function lockRequester(tx: Tx, projectId: string, userId: string): Promise<{ id: string; role: Role }> {
  const [account] = await tx.$queryRaw<{ role: Role }[]>`SELECT role::text AS role FROM "user" WHERE id = ${userId} FOR SHARE`;
  const [member] = await tx.$queryRaw<{ role: ProjectRole }[]>`
    SELECT role::text AS role FROM project_member WHERE project_id = ${projectId} AND user_id = ${userId} FOR SHARE`;
  const actor = account ? projectActor(account.role, member?.role ?? null) : null;
  if (actor === null) {
    throw new AppError("FORBIDDEN", "The person who started this job is no longer in the project.", { reason: "requesterLeft" });
  }
  return { id: userId, role: actor };
}
export type JobHandlers = Record<JobKind, JobHandler>;

const workerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

interface ClaimedRow {
  kind: JobKind;
  projectId: string;
  documentId: string | null;
  requestedById: string;
  input: unknown;
  attempts: number;
}

/** Runs one delivered job with its handler; errors end up on the row, never back in pg-boss. */
export async function runJob(jobId: string, handlers: JobHandlers): Promise<void> {
  const [claimed] = await prisma.$queryRaw<ClaimedRow[]>`
    UPDATE job SET state = 'running', attempts = attempts + 1, done = 0, worker_id = ${workerId},
                   started_at = coalesce(started_at, now()), heartbeat_at = now()
    WHERE id = ${jobId} AND state IN ('queued', 'running')
    RETURNING kind::text AS kind, project_id AS "projectId", document_id AS "documentId", requested_by_id AS "requestedById", input, attempts`;
  // Cancelled while queued, or already finished: nothing to do, and pg-boss may forget the message.
  if (!claimed) return;
  const attempt = claimed.attempts;
  const context: JobContext = {
    id: jobId,
    kind: claimed.kind,
    projectId: claimed.projectId,
    documentId: claimed.documentId,
    requestedById: claimed.requestedById,
    input: claimed.input,
    attempt,
    async progress(done, total) {
      const rows = await prisma.$executeRaw`
        UPDATE job SET done = ${Math.min(done, total)}, total = ${total}, heartbeat_at = now()
        WHERE id = ${jobId} AND state = 'running' AND attempts = ${attempt}`;
      if (rows === 0) throw new JobStopped();
    },
    async finish(commit, options = {}) {
      return transact(
        async (tx) => {
          const [row] = await tx.$queryRaw<{ state: string; attempts: number }[]>`
            SELECT state::text AS state, attempts FROM job WHERE id = ${jobId} FOR UPDATE`;
          if (row?.state !== "running" || row.attempts !== attempt) throw new JobStopped();
          const result = await commit(tx);
          await tx.$executeRaw`
            UPDATE job SET state = 'succeeded', done = total, result = ${JSON.stringify(result)}::jsonb, input = NULL,
                           finished_at = now(), heartbeat_at = now()
            WHERE id = ${jobId}`;
          return result;
        },
        { timeout: options.timeout ?? 10 * 60_000, maxWait: 10_000 },
      );
    },
  };
  try {
    await handlers[claimed.kind](context);
  } catch (error) {
    if (error instanceof JobStopped) return;
    const failure = isAppError(error) ? error : new AppError("INTERNAL", "The job failed on the server.", { reason: "internal" });
    if (!isAppError(error)) logError(`job ${jobId} (${claimed.kind})`, error);
    await markFailed(jobId, attempt, failure);
  }
}

async function markFailed(jobId: string, attempt: number | null, error: AppError): Promise<void> {
  const { reason, ...details } = error.details ?? { reason: "internal" };
  await prisma.$executeRaw`
    UPDATE job SET state = 'failed', finished_at = now(), input = NULL, error_code = ${error.code}, error_reason = ${String(reason)},
                   error_details = ${JSON.stringify(details)}::jsonb
    WHERE id = ${jobId} AND state IN ('queued', 'running') AND (${attempt}::int IS NULL OR attempts = ${attempt}::int)`;
}

/**
 * A worker that was killed leaves its job "running" with a heartbeat that stops. Any live worker
 * finds such jobs and hands them back to pg-boss (fail → retried while attempts remain); a job pg-boss
 * gave up on (no attempts left, expired, message gone) is marked failed with the reason workerLost.
 * Returns how many rows it changed.
 */
export async function sweepLostJobs(): Promise<number> {
  const { staleSeconds } = jobSettings();
  const boss = await getQueue();
  let changed = 0;
  const stale = await prisma.$queryRaw<{ id: string; kind: QueueKind; attempts: number }[]>`
    SELECT id, kind::text AS kind, attempts FROM job
    WHERE state = 'running' AND heartbeat_at < now() - make_interval(secs => ${staleSeconds})
      -- this process's own job is alive by definition (a long CPU step merely delays its heartbeat)
      AND worker_id IS DISTINCT FROM ${workerId}`;
  for (const job of stale) {
    const queue = QUEUE_OF_KIND[job.kind];
    const before = await boss.getJobById<QueueMessage>(queue, job.id);
    if (before?.state === "active") await boss.fail(queue, job.id, { reason: "workerLost" });
    const after = await boss.getJobById<QueueMessage>(queue, job.id, { includeArchive: true });
    if (after && (after.state === "retry" || after.state === "created")) {
      // Waiting for another worker: the row says so, instead of a "running" nobody runs.
      changed += await prisma.$executeRaw`
        UPDATE job SET state = 'queued', worker_id = NULL, done = 0
        WHERE id = ${job.id} AND state = 'running' AND attempts = ${job.attempts}`;
    } else if (after?.state !== "active") {
      await markFailed(job.id, job.attempts, lostError(job.attempts));
      changed++;
    }
  }
  // Exports past their expiry are never served (the download route checks); this frees their bytes.
  await prisma.$executeRaw`DELETE FROM job_file WHERE purpose = 'output' AND expires_at < now()`;
  // Queued rows whose message pg-boss no longer holds (it failed them by expiry after the last attempt).
  const queued = await prisma.$queryRaw<{ id: string; kind: QueueKind; attempts: number }[]>`
    SELECT id, kind::text AS kind, attempts FROM job
    WHERE state = 'queued' AND created_at < now() - make_interval(secs => ${staleSeconds})`;
  for (const job of queued) {
    const message = await boss.getJobById<QueueMessage>(QUEUE_OF_KIND[job.kind], job.id, { includeArchive: true });
    if (!message || message.state === "failed" || message.state === "cancelled" || message.state === "completed") {
      await markFailed(job.id, job.attempts, lostError(job.attempts));
      changed++;
    }
  }
  return changed;
}

function lostError(attempts: number): AppError {
  return new AppError("INTERNAL", "The worker running this job stopped, and no attempt is left.", { reason: "workerLost", attempts });
}

export interface RunningWorker {
  stop(): Promise<void>;
}

/**
 * Starts working the queues in this process: one job at a time per kind (alignment is CPU work; more
 * workers are more processes, on this machine or others), plus the sweep for jobs of dead workers.
 */
export async function startWorker(handlers: JobHandlers, options: { pollingSeconds?: number } = {}): Promise<RunningWorker> {
  const { sweepSeconds } = jobSettings();
  const boss = await getQueue({ supervise: true });
  const ids: string[] = [];
  for (const kind of Object.keys(handlers) as JobKind[]) {
    ids.push(
      await boss.work<QueueMessage>(
        QUEUE_OF_KIND[kind],
        { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingSeconds ?? 1 },
        async (jobs: QueueJob[]) => {
          for (const job of jobs) await runJob(job.data.jobId, handlers);
        },
      ),
    );
  }
  let sweeping: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    sweeping = sweepLostJobs().catch((error: unknown) => logError("sweeping lost jobs", error));
  };
  sweep();
  const timer = setInterval(sweep, sweepSeconds * 1000);
  return {
    async stop() {
      clearInterval(timer);
      await sweeping;
      for (const id of ids) await boss.offWork({ id });
    },
  };
}
