import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";

/** The one place that reads process.env (the lint rule noProcessEnv holds everyone else to it). */
const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL")
    .optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  SETU_URL: z.url().optional(),
  /** Other origins (comma-separated) whose pages may send state-changing requests, e.g. a second host name. */
  SETU_ALLOWED_ORIGINS: z.string().optional(),
  PORT: z.coerce.number().int().positive().default(3000),
  SETU_MAX_UPLOAD_MB: z.coerce.number().positive().default(50),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A running job whose worker has not reported for this long is handed to pg-boss to retry (or fail). */
  SETU_JOB_STALE_SECONDS: z.coerce.number().int().min(1).default(60),
  /** How often a worker looks for such jobs and pg-boss runs its maintenance (expiry, archiving). */
  SETU_JOB_SWEEP_SECONDS: z.coerce.number().int().min(1).default(15),
  /** pg-boss's own limit on a job's run time; past it the job is failed by timeout (and retried once). */
  SETU_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(1).default(1800),
  /** How many times a job whose worker died is started again before it is marked failed. */
  SETU_JOB_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** Uploads larger than this many bytes are imported by a job (features/exchange), smaller ones at once. */
  /**
   * Diagnostics for capacity work (#20): every this many milliseconds the server logs its event-loop delay
   * and how many requests waited for a pool connection (lib/server/diagnostics.ts). Off when unset.
   */
  /** Connections of the process's pool (lib/server/pg.ts): PostgreSQL's max_connections over the instances, less the workers'. */
  SETU_DB_POOL_MAX: z.coerce.number().int().min(2).max(200).default(12),
  SETU_DIAG_EVERY_MS: z.coerce.number().int().min(100).optional(),
  SETU_IMPORT_JOB_BYTES: z.coerce
    .number()
    .int()
    .min(0)
    .default(2 * 1024 * 1024),
  /** Documents with more units than this are exported by a job (features/exchange) unless asked otherwise. */
  SETU_EXPORT_JOB_UNITS: z.coerce.number().int().min(0).default(10_000),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("CONFIG", `${issue.path.join(".")}: ${issue.message}`, { reason: "configInvalid" });
  }
  cached = parsed.data;
  return cached;
}

/** The database of this process; only code that talks to it needs one, so commands like `setu segment` run without. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url)
    throw new AppError("CONFIG", "DATABASE_URL is not set. Run the app with `npm start` (embedded database) or set DATABASE_URL.", {
      reason: "configInvalid",
    });
  return url;
}

/** Points this process at a database chosen at run time (the CLI's embedded one) before it is first used. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}

/** The size limit of every imported file and pasted text, web and CLI alike. */
export function uploadLimitBytes(): number {
  return env().SETU_MAX_UPLOAD_MB * 1024 * 1024;
}

export function baseUrl(): string {
  const e = env();
  return e.SETU_URL ?? `http://localhost:${e.PORT}`;
}

/** The origins a state-changing request may come from: SETU_URL's, and SETU_ALLOWED_ORIGINS. */
export function allowedOrigins(): string[] {
  const extra = (env().SETU_ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return [new URL(baseUrl()).origin, ...extra.map((o) => new URL(o).origin)];
}

/** The size above which an import is a job instead of part of the request. */
export function importJobThresholdBytes(): number {
  return env().SETU_IMPORT_JOB_BYTES;
}

/** The unit count above which the document page exports by a job instead of a direct download. */
export function exportJobThresholdUnits(): number {
  return env().SETU_EXPORT_JOB_UNITS;
}

/** The timings of the job queue (features/jobs, lib/server/queue.ts). */
export function jobSettings(): { staleSeconds: number; sweepSeconds: number; expireSeconds: number; retries: number } {
  const e = env();
  return {
    staleSeconds: e.SETU_JOB_STALE_SECONDS,
    sweepSeconds: e.SETU_JOB_SWEEP_SECONDS,
    expireSeconds: e.SETU_JOB_EXPIRE_SECONDS,
    retries: e.SETU_JOB_RETRIES,
  };
}
