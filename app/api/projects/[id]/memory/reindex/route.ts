import { accessProject } from "@/features/projects/data";
import { enqueueReindex } from "@/features/tm/mutations";
import { assertMemoryAllowed } from "@/lib/editor/policy";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * POST → re-indexes the project's translation memory as a job (202 with its id; progress at
 * GET /api/jobs/:id). Whoever may import into the memory may rebuild its index (reviewers, managers,
 * administrators: the memory policy, asked here and again in the job's final transaction); a
 * non-member gets 404; one already queued or running is 409 jobRunning, naming it.
 */
export const POST = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const scoped = await accessProject(await requireUser(), id);
  assertMemoryAllowed(scoped.role, "memory-import");
  const jobId = await enqueueReindex(id, { id: scoped.id, role: scoped.role });
  return Response.json({ jobId }, { status: 202, headers: { Location: `/api/jobs/${jobId}` } });
});
