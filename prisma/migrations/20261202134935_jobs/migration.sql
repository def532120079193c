-- CreateEnum
CREATE TYPE "JobKind" AS ENUM ('align');

-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('queued', 'running', 'succeeded', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "job" (
    "id" TEXT NOT NULL,
    "kind" "JobKind" NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'queued',
    "project_id" TEXT NOT NULL,
    "document_id" TEXT,
    "requested_by_id" TEXT NOT NULL,
    "done" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "input" JSONB,
    "result" JSONB,
    "error_code" TEXT,
    "error_reason" TEXT,
    "error_details" JSONB,
    "cancelled_by_id" TEXT,
    "worker_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "job_document_id_created_at_idx" ON "job"("document_id", "created_at");

-- CreateIndex
CREATE INDEX "job_project_id_created_at_idx" ON "job"("project_id", "created_at");

-- CreateIndex
CREATE INDEX "job_state_idx" ON "job"("state");

-- AddForeignKey
ALTER TABLE "job" ADD CONSTRAINT "job_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job" ADD CONSTRAINT "job_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job" ADD CONSTRAINT "job_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not modelled by Prisma: progress never runs past its total.
ALTER TABLE "job" ADD CONSTRAINT "job_progress_check" CHECK ("done" >= 0 AND "done" <= "total");
