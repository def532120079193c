import { parseArgs } from "node:util";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

/**
 * `setu pretranslate DOC_ID --user EMAIL [--min N] [--json]`: the document page's pre-translation,
 * acting as that account with its role in the document's project (its one undo entry is theirs,
 * offered in their editor). Prints what was filled.
 */
export async function run(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { user: { type: "string" }, min: { type: "string" }, json: { type: "boolean", default: false } },
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
  const { pretranslateDocument } = await import("@/features/pretranslate/mutations");
  const user = await findDocumentAccess(await loadActingUser(values.user), documentId);
  if (!user) throw new AppError("NOT_FOUND", `No document ${documentId} in a project of ${values.user}.`, { reason: "notFound" });
  const result = await pretranslateDocument(documentId, parsed.data, user);
  if (values.json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  process.stdout.write(`translated ${result.translated}, drafts ${result.drafts}, changed meanwhile ${result.stale}\n`);
}
