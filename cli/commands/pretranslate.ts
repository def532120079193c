import { parseArgs } from "node:util";
import type { PretranslateResult } from "@/features/pretranslate/types";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";
import { followJob } from "../follow-job";

/**
 * `setu pretranslate DOC_ID --user EMAIL [--min N] [--wait] [--json]`: the document page's
 * pre-translation, as the same job, acting as that account with its role in the document's project
 * (its one undo entry is theirs, offered in their editor). Prints the job's id; with --wait, follows
 * it (progress on stderr, as `setu align --document`) and prints what was filled.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      user: { type: "string" },
      min: { type: "string" },
      wait: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const documentId = positionals[0];
  if (!documentId || positionals.length > 1 || !isEntityId(documentId)) throw usageError("setu pretranslate needs one document id.");
  if (!values.user) throw usageError("--user EMAIL is required: the pre-translation (and its undo) is that person's.");
  const { pretranslateInput } = await import("@/features/pretranslate/schema");
  const { PRETRANSLATE_MIN_FUZZY } = await import("@/features/pretranslate/types");
  const parsed = pretranslateInput.safeParse({ min: values.min === undefined ? null : Number(values.min) });
  if (!parsed.success) throw usageError(`--min must be a whole number from ${PRETRANSLATE_MIN_FUZZY} to 99.`);
  await resolveDatabaseUrl();
  const { loadActingUser } = await import("@/features/pretranslate/data");
  const { findDocumentAccess } = await import("@/features/projects/data");
  const { enqueuePretranslation } = await import("@/features/pretranslate/mutations");
  const user = await findDocumentAccess(await loadActingUser(values.user), documentId);
  if (!user) throw new AppError("NOT_FOUND", `No document ${documentId} in a project of ${values.user}.`, { reason: "notFound" });
  const jobId = await enqueuePretranslation(documentId, parsed.data, user);
  if (!values.wait) {
    process.stdout.write(`${jobId}\n`);
    return;
  }
  const result = (await followJob(jobId, "units", "pre-translation")).result as PretranslateResult;
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`translated ${result.translated}, drafts ${result.drafts}, changed meanwhile ${result.stale}\n`);
}
