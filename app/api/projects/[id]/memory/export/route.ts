import { accessProject } from "@/features/projects/data";
import { streamMemoryTmx } from "@/features/tm/data";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { downloadResponse } from "@/lib/server/download";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * GET → the project's translation memory as a TMX 1.4 download, streamed a page at a time. Every
 * member may export (the memory policy: it is the project's own translations); a non-member gets 404.
 */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const scoped = await accessProject(await requireUser(), id);
  assertMemoryAllowed(scoped.role, "memory-export");
  const date = new Date().toISOString().slice(0, 10);
  return downloadResponse(streamMemoryTmx(id), "tmx", `setu-memory-${date}`);
});
