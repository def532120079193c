import { accessJob } from "@/features/jobs/data";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** A job's state and progress (the alignment form polls it): 404 unless the caller is in its project. */
export const GET = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const { job } = await accessJob(await requireUser(), id);
  return Response.json(job, { headers: { "Cache-Control": "no-store" } });
});
