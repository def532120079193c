/** A background job as the UI and the API see it (features/jobs; the queue underneath is pg-boss). */
export const jobStates = ["queued", "running", "succeeded", "failed", "cancelled"] as const;
export type JobState = (typeof jobStates)[number];
export const jobKinds = ["align", "analyse", "pretranslate", "import", "export", "reindex"] as const;
export type JobKind = (typeof jobKinds)[number];

/** States a job never leaves. */
export function isFinished(state: JobState): boolean {
  return state === "succeeded" || state === "failed" || state === "cancelled";
}

export interface JobView {
  id: string;
  kind: JobKind;
  state: JobState;
  projectId: string;
  documentId: string | null;
  /** Progress in the job's own unit (alignment: Hindi sentences; analysis and pre-translation: units; import: bytes of the file read). */
  done: number;
  total: number;
  attempts: number;
  requestedBy: { id: string; name: string };
  /** What the job produced, once it succeeded (alignment: its AlignReport; analysis: bands; pre-translation: PretranslateResult). */
  result: unknown;
  /** Why it failed or was cancelled, as the error envelope's code and reason (translated by the client). */
  error: { code: string; reason: string; details: Record<string, unknown> } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Whole percent of a job's progress, 0 before its total is known. */
export function percentOf(job: Pick<JobView, "done" | "total">): number {
  return job.total > 0 ? Math.min(100, Math.floor((100 * job.done) / job.total)) : 0;
}
