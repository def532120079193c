import { accessJob } from "@/features/jobs/data";
import { cancelJob } from "@/features/jobs/mutations";
import { AppError } from "@/lib/errors";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/** Cancels a queued or running job: its requester, a manager of its project or an administrator may. */
export const POST = handle(async (_request: Request, context: { params: Promise<{ id: string }> }) => {
  const { id } = await context.params;
  const user = await requireUser();
  const { job, manages } = await accessJob(user, id);
  if (job.requestedBy.id !== user.id && !manages) {
    throw new AppError("FORBIDDEN", "Only the person who started this job or a project manager can cancel it.", { reason: "notYourJob" });
  }
  await cancelJob(job.id, job.kind, user.id);
  return Response.json((await accessJob(user, id)).job);
});
