import { parseArgs } from "node:util";
import { runAlignmentJob } from "@/features/alignment/mutations";
import { runExportJob, runImportJob } from "@/features/exchange/mutations";
import { startWorker } from "@/features/jobs/mutations";
import { runPretranslationJob } from "@/features/pretranslate/mutations";
import { runAnalysisJob, runReindexJob } from "@/features/tm/mutations";
import { stopQueue } from "@/lib/server/queue";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

/**
 * `setu worker`: runs background jobs (alignment, analysis, pre-translation, large imports and exports) until SIGTERM or SIGINT. `npm start` runs one beside
 * the app; more can run on any machine that reaches the same PostgreSQL. On a signal it stops taking
 * jobs and waits for the running one (pg-boss hands it to another worker if it cannot finish).
 */
export async function run(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
  if (positionals.length > 0) throw usageError("setu worker takes no arguments");
  await resolveDatabaseUrl();
  const worker = await startWorker({
    align: runAlignmentJob,
    analyse: runAnalysisJob,
    pretranslate: runPretranslationJob,
    import: runImportJob,
    export: runExportJob,
    reindex: runReindexJob,
  });
  process.stdout.write(`setu worker ${process.pid} ready\n`);
  await new Promise<void>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  await worker.stop();
  await stopQueue();
}
