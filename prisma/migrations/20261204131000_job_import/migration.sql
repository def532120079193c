-- AlterEnum
ALTER TYPE "JobKind" ADD VALUE 'import';

-- CreateTable
CREATE TABLE "job_file" (
    "job_id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_file_pkey" PRIMARY KEY ("job_id","purpose")
);

-- AddForeignKey
ALTER TABLE "job_file" ADD CONSTRAINT "job_file_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not modelled by Prisma: the two purposes a job's file has.
ALTER TABLE "job_file" ADD CONSTRAINT "job_file_purpose_check" CHECK ("purpose" IN ('input', 'output'));

-- Not modelled by Prisma: a job's uploaded file lives exactly as long as the job may still run. Every
-- way a job ends (its final transaction, a failure, a cancel, the sweep of a dead worker's job) sets
-- the state, so the input goes in the same statement's transaction, whoever wrote it.
CREATE FUNCTION job_drop_input_file() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM job_file WHERE job_id = NEW.id AND purpose = 'input';
  RETURN NULL;
END $$;

CREATE TRIGGER job_drop_input_file AFTER UPDATE OF state ON "job"
  FOR EACH ROW WHEN (NEW.state IN ('succeeded', 'failed', 'cancelled') AND OLD.state IS DISTINCT FROM NEW.state)
  EXECUTE FUNCTION job_drop_input_file();
