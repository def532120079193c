import { runAlignmentJob } from "@/features/alignment/mutations";
import { runExportJob, runImportJob } from "@/features/exchange/mutations";
import { loadJob } from "@/features/jobs/data";
import { type JobHandlers, runJob } from "@/features/jobs/mutations";
import type { JobView } from "@/features/jobs/schema";
import { runPretranslationJob } from "@/features/pretranslate/mutations";
import { runAnalysisJob, runReindexJob } from "@/features/tm/mutations";

/** The handlers `setu worker` runs, for tests that run a queued job in their own process. */
export const handlers: JobHandlers = {
  align: runAlignmentJob,
  analyse: runAnalysisJob,
  pretranslate: runPretranslationJob,
  import: runImportJob,
  export: runExportJob,
  reindex: runReindexJob,
};

/** Runs a queued job here and now, as a worker would on delivery, and returns its row afterwards. */
export async function runQueuedJob(jobId: string): Promise<JobView> {
  await runJob(jobId, handlers);
  const job = await loadJob(jobId);
  if (!job) throw new Error(`job ${jobId} is gone`);
  return job;
}

/** Polls a job until `until` holds (or the time is up, which fails the test with the last state). */
export async function waitForJob(jobId: string, until: (job: JobView) => boolean, timeoutMs = 60_000): Promise<JobView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await loadJob(jobId);
    if (job && until(job)) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not get there in ${timeoutMs} ms: ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
