import "server-only";
import { projectActor } from "@/lib/editor/policy";
import { AppError } from "@/lib/errors";
import { isEntityId } from "@/lib/ids";
import type { ProjectRole } from "@/lib/projects/choose-project";
import { prisma } from "@/lib/server/prisma";
import type { CurrentUser } from "@/lib/server/session";
import type { JobKind, JobState, JobView } from "./schema";

interface JobRow {
  id: string;
  kind: JobKind;
  state: JobState;
  projectId: string;
  documentId: string | null;
  done: number;
  total: number;
  attempts: number;
  requestedById: string;
  requestedByName: string;
  result: unknown;
  errorCode: string | null;
  errorReason: string | null;
  errorDetails: Record<string, unknown> | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const SELECT_JOB = `
  SELECT j.id, j.kind::text AS kind, j.state::text AS state, j.project_id AS "projectId", j.document_id AS "documentId",
         j.done, j.total, j.attempts, j.requested_by_id AS "requestedById", u.name AS "requestedByName", j.result,
         j.error_code AS "errorCode", j.error_reason AS "errorReason", j.error_details AS "errorDetails",
         j.created_at AS "createdAt", j.started_at AS "startedAt", j.finished_at AS "finishedAt"
  FROM job j JOIN "user" u ON u.id = j.requested_by_id`;

function toView(row: JobRow): JobView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state,
    projectId: row.projectId,
    documentId: row.documentId,
    done: row.done,
    total: row.total,
    attempts: row.attempts,
    requestedBy: { id: row.requestedById, name: row.requestedByName },
    result: row.state === "succeeded" ? row.result : null,
    error: row.errorCode && row.errorReason ? { code: row.errorCode, reason: row.errorReason, details: row.errorDetails ?? {} } : null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

/** A person as they see a job: their project actor and membership, for the cancel rule. */
export interface JobAccess {
  job: JobView;
  /** The person is an administrator, or a manager of the job's project. */
  manages: boolean;
}

/**
 * A job as a person may see it: 404 when it does not exist or belongs to a project they are not a
 * member of (the same words either way, as for documents); membership is read now, never cached.
 */
export async function accessJob(user: CurrentUser, jobId: string): Promise<JobAccess> {
  const notFound = new AppError("NOT_FOUND", `No job with id ${jobId}.`, { reason: "notFound" });
  if (!isEntityId(jobId)) throw notFound;
  const rows = await prisma.$queryRawUnsafe<(JobRow & { memberRole: ProjectRole | null })[]>(
    `SELECT q.*, m.role::text AS "memberRole" FROM (${SELECT_JOB} WHERE j.id = $1) q
     LEFT JOIN project_member m ON m.project_id = q."projectId" AND m.user_id = $2`,
    jobId,
    user.id,
  );
  const row = rows[0];
  if (!row || projectActor(user.role, row.memberRole) === null) throw notFound;
  return { job: toView(row), manages: user.role === "admin" || row.memberRole === "manager" };
}

/** The first job a `WHERE … ORDER BY …` tail of SELECT_JOB finds, as a view (null for none). */
async function firstJob(tail: string, ...values: unknown[]): Promise<JobView | null> {
  const rows = await prisma.$queryRawUnsafe<JobRow[]>(`${SELECT_JOB} ${tail} LIMIT 1`, ...values);
  return rows[0] ? toView(rows[0]) : null;
}

/** Whether the job aliased `job` still has the file it made (the download route's own test, in SQL). */
const outputKept = (job: string) =>
  `EXISTS (SELECT 1 FROM job_file f WHERE f.job_id = ${job}.id AND f.purpose = 'output' AND f.expires_at > now())`;

/** The job, for the CLI and the tests (no person's view: whoever runs the CLI holds the database). */
export async function loadJob(jobId: string): Promise<JobView | null> {
  if (!isEntityId(jobId)) return null;
  return firstJob("WHERE j.id = $1", jobId);
}

/** A document's newest jobs, newest first (the caller has checked access to the document). */
export async function loadDocumentJobs(documentId: string, limit = 20): Promise<JobView[]> {
  const rows = await prisma.$queryRawUnsafe<JobRow[]>(
    `${SELECT_JOB} WHERE j.document_id = $1 ORDER BY j.created_at DESC, j.id DESC LIMIT $2`,
    documentId,
    limit,
  );
  return rows.map(toView);
}

/**
 * The document's newest job of a kind that is still queued or running (a page shows its progress after
 * a reload); only the given person's with `requestedById` (an export is its requester's download).
 */
export async function loadActiveJob(documentId: string, kind: JobKind, requestedById: string | null = null): Promise<JobView | null> {
  return firstJob(
    `WHERE j.document_id = $1 AND j.kind = $2::"JobKind" AND j.state IN ('queued', 'running')
       AND ($3::text IS NULL OR j.requested_by_id = $3)
     ORDER BY j.created_at DESC, j.id DESC`,
    documentId,
    kind,
    requestedById,
  );
}

/** The project's newest job of a kind that is of no document and still queued or running (memory re-index). */
export async function loadActiveProjectJob(projectId: string, kind: JobKind): Promise<JobView | null> {
  return firstJob(
    `WHERE j.project_id = $1 AND j.document_id IS NULL AND j.kind = $2::"JobKind" AND j.state IN ('queued', 'running')
     ORDER BY j.created_at DESC, j.id DESC`,
    projectId,
    kind,
  );
}

/** The person's newest import that is still queued or running (the import form follows it again after a reload). */
export async function loadActiveImport(requestedById: string): Promise<JobView | null> {
  return firstJob(
    `WHERE j.requested_by_id = $1 AND j.kind = 'import' AND j.state IN ('queued', 'running')
     ORDER BY j.created_at DESC, j.id DESC`,
    requestedById,
  );
}

/** The person's newest finished export of the document whose file is still kept (the page offers it again). */
export async function loadKeptExport(documentId: string, requestedById: string): Promise<JobView | null> {
  return firstJob(
    `WHERE j.document_id = $1 AND j.kind = 'export' AND j.state = 'succeeded' AND j.requested_by_id = $2
       AND ${outputKept("j")}
     ORDER BY j.finished_at DESC, j.id DESC`,
    documentId,
    requestedById,
  );
}

/** The document's newest job of a kind that succeeded (the page shows the last analysis's bands). */
export async function loadLastSucceededJob(documentId: string, kind: JobKind): Promise<JobView | null> {
  return firstJob(
    `WHERE j.document_id = $1 AND j.kind = $2::"JobKind" AND j.state = 'succeeded'
     ORDER BY j.finished_at DESC, j.id DESC`,
    documentId,
    kind,
  );
}

/** A job in a project's list, with the title of its document and whether the file it made is still kept. */
export type ListedJob = JobView & { documentTitle: string | null; outputKept: boolean };

/**
 * A project's newest jobs, newest first, or one document's of that project (the caller has checked
 * that the person is a member of the project). A document id of another project lists nothing.
 */
export async function loadProjectJobs(
  projectId: string,
  options: { documentId?: string | null; limit?: number } = {},
): Promise<ListedJob[]> {
  const documentId = options.documentId ?? null;
  const rows = await prisma.$queryRawUnsafe<(JobRow & { documentTitle: string | null; outputKept: boolean })[]>(
    `SELECT q.*, d.title AS "documentTitle",
            ${outputKept("q")} AS "outputKept"
     FROM (${SELECT_JOB}
       WHERE j.project_id = $1 AND ($2::text IS NULL OR j.document_id = $2)
       ORDER BY j.created_at DESC, j.id DESC LIMIT $3) q
     LEFT JOIN document d ON d.id = q."documentId"
     ORDER BY q."createdAt" DESC, q.id DESC`,
    projectId,
    documentId,
    options.limit ?? 100,
  );
  return rows.map((row) => ({ ...toView(row), documentTitle: row.documentTitle, outputKept: row.outputKept }));
}

/** The file a job was given (an import's upload), or null once the job has ended (it is deleted then). */
export async function loadJobInputFile(jobId: string): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const row = await prisma.jobFile.findUnique({
    where: { jobId_purpose: { jobId, purpose: "input" } },
    select: { fileName: true, bytes: true },
  });
  return row ? { fileName: row.fileName, bytes: new Uint8Array(row.bytes) } : null;
}

/** A finished export's file while it is kept (null once expired or for a job that made none). */
export async function loadJobOutputFile(jobId: string): Promise<{ fileName: string; mediaType: string; bytes: Uint8Array } | null> {
  const rows = await prisma.$queryRaw<{ fileName: string; mediaType: string; bytes: Buffer }[]>`
    SELECT file_name AS "fileName", media_type AS "mediaType", bytes FROM job_file
    WHERE job_id = ${jobId} AND purpose = 'output' AND expires_at > now()`;
  return rows[0] ? { fileName: rows[0].fileName, mediaType: rows[0].mediaType, bytes: new Uint8Array(rows[0].bytes) } : null;
}
