import "server-only";
import PgBoss from "pg-boss";
import { jobSettings } from "./env";
import { logError } from "./log";
import { getPgPool } from "./pg";

/**
 * pg-boss, the job queue (docs/scaling.md says why this one). It runs on the process's one pool
 * (lib/server/pg.ts), and keeps its tables in its own schema, "pgboss", which it creates and
 * migrates itself on first start (under an advisory lock, so instances starting together are safe).
 * Setu's migrations never touch that schema; the `job` table is Setu's view of the same jobs.
 */

/** One queue per job kind (schema.prisma JobKind). */
export const QUEUE_OF_KIND = {
  align: "setu-align",
  analyse: "setu-analyse",
  pretranslate: "setu-pretranslate",
  import: "setu-import",
  export: "setu-export",
  reindex: "setu-reindex",
} as const;
export type QueueKind = keyof typeof QUEUE_OF_KIND;

/** What a queue message carries: only the id of the `job` row, which holds everything else. */
export interface QueueMessage {
  jobId: string;
}

export type QueueDb = PgBoss.Db;
export type QueueJob = PgBoss.JobWithMetadata<QueueMessage>;

const SCHEMA = "pgboss";
const globalForQueue = globalThis as unknown as { setuQueue?: Promise<PgBoss>; setuQueueSupervised?: boolean };

function poolDb(): QueueDb {
  const pool = getPgPool();
  return { executeSql: (text, values) => pool.query(text, values) };
}

/**
 * The process's pg-boss, started on first use. `supervise`: this process also runs pg-boss's
 * maintenance (failing expired jobs so they are retried); workers do, the web app only sends.
 */
export function getQueue(options: { supervise?: boolean } = {}): Promise<PgBoss> {
  if (!globalForQueue.setuQueue) {
    globalForQueue.setuQueueSupervised = options.supervise ?? false;
    globalForQueue.setuQueue = startQueue(options.supervise ?? false).catch((error: unknown) => {
      globalForQueue.setuQueue = undefined;
      throw error;
    });
  }
  return globalForQueue.setuQueue;
}

async function startQueue(supervise: boolean): Promise<PgBoss> {
  const settings = jobSettings();
  const boss = new PgBoss({
    db: poolDb(),
    schema: SCHEMA,
    migrate: true,
    supervise,
    schedule: false,
    maintenanceIntervalSeconds: settings.sweepSeconds,
  });
  boss.on("error", (error) => logError("job queue", error));
  await boss.start();
  for (const name of Object.values(QUEUE_OF_KIND)) await boss.createQueue(name, { name });
  return boss;
}

/**
 * Queues a message for a job row, through `db` when given (a connection inside the transaction that
 * inserts the row, so that the row and its message exist together or not at all). The job's id is
 * pg-boss's id too.
 */
export async function sendToQueue(kind: QueueKind, jobId: string, db?: QueueDb): Promise<void> {
  const settings = jobSettings();
  const boss = await getQueue();
  const message: QueueMessage = { jobId };
  await boss.send(QUEUE_OF_KIND[kind], message, {
    id: jobId,
    retryLimit: settings.retries,
    retryDelay: 1,
    expireInSeconds: settings.expireSeconds,
    ...(db ? { db } : {}),
  });
}

/** Stops the process's pg-boss, if one was started: waits for running handlers up to `timeoutMs`. */
export async function stopQueue(timeoutMs = 10_000): Promise<void> {
  const started = globalForQueue.setuQueue;
  globalForQueue.setuQueue = undefined;
  if (!started) return;
  const boss = await started.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs, close: false, wait: true });
}
