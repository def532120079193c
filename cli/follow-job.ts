import type { JobView } from "@/features/jobs/schema";
import { AppError, type ErrorCode, type ErrorDetails } from "@/lib/errors";

/** How often `--wait` asks for the job's progress. */
const WAIT_POLL_MS = 500;

/**
 * `--wait` of the commands that queue a job (align --document, pretranslate): follows the job,
 * printing each change of its progress on stderr (`what`: the unit of its progress, "sentences",
 * "units"), and returns it once it succeeded; a job that failed or was cancelled becomes an error
 * with its reason (exit 3 for a conflict, 4 for a refusal, as the synchronous paths).
 */
export async function followJob(jobId: string, what: string, label: string): Promise<JobView> {
  const { loadJob } = await import("@/features/jobs/data");
  let said = "";
  for (;;) {
    const job = await loadJob(jobId);
    if (!job) throw new AppError("NOT_FOUND", `The job ${jobId} is gone.`, { reason: "notFound" });
    const line =
      job.state === "queued"
        ? `job ${jobId}: queued, waiting for a worker (npm start or setu worker)`
        : `job ${jobId}: ${job.state}, ${job.done}/${job.total} ${what} (${job.total ? Math.floor((100 * job.done) / job.total) : 0}%)`;
    if (line !== said) process.stderr.write(`${line}\n`);
    said = line;
    if (job.state === "succeeded") return job;
    if (job.state === "cancelled") throw new AppError("CONFLICT", `The job ${jobId} was cancelled.`, { reason: "jobFinished" });
    if (job.state === "failed") {
      const error = job.error ?? { code: "INTERNAL", reason: "internal", details: {} };
      // The reason and its values were stored from an AppError by the worker (features/jobs/mutations.ts).
      const details = { ...error.details, reason: error.reason } as ErrorDetails;
      throw new AppError(error.code as ErrorCode, `The ${label} failed (${error.reason}).`, details);
    }
    await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
  }
}
