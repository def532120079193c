import { pretranslateDocument } from "@/features/pretranslate/mutations";
import { pretranslateInput } from "@/features/pretranslate/schema";
import { accessDocument } from "@/features/projects/data";
import { handle, readJson } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST { min? } → fills the document's units without English from its project's memory (100 %/101 %
 * as translated, fuzzy ≥ min as drafts), in one transaction and one undo entry. The role that counts
 * is the one in the document's project (a non-member gets 404, as for a document that does not exist).
 */
export const POST = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await accessDocument(await requireUser(), id);
  return Response.json(await pretranslateDocument(id, await readJson(request, pretranslateInput), user));
});
