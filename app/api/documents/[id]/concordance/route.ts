import { accessDocument } from "@/features/projects/data";
import { searchMemory } from "@/features/tm/data";
import { concordanceQuery } from "@/features/tm/schema";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { inputError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * GET ?q= → the concordance of the document's project memory: entries containing the word or phrase
 * in Hindi or English, marked ({ hits, truncated }). Scoped by the document: a non-member gets 404.
 */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await accessDocument(await requireUser(), id);
  assertMemoryAllowed(user.role, "memory-lookup");
  const parsed = concordanceQuery.safeParse({ q: new URL(request.url).searchParams.get("q") ?? "" });
  if (!parsed.success) throw inputError(parsed.error.issues[0], "q");
  return Response.json(await searchMemory(user.projectId, parsed.data.q));
});
