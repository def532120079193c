-- CreateEnum
CREATE TYPE "TmStatus" AS ENUM ('translated', 'approved');

-- CreateTable
CREATE TABLE "tm_entry" (
    "id" SERIAL NOT NULL,
    "project_id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "source_norm" TEXT NOT NULL,
    "source_hash" UUID NOT NULL,
    "target_hash" UUID NOT NULL,
    "keys" INTEGER[],
    "status" "TmStatus" NOT NULL,
    "origin_unit_id" INTEGER,
    "origin_document_id" TEXT,
    "origin_file" TEXT,
    "prev_hash" UUID,
    "next_hash" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tm_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "tm_entry_origin_unit_id_idx" ON "tm_entry"("origin_unit_id");

-- CreateIndex
CREATE INDEX "tm_entry_keys_idx" ON "tm_entry" USING GIN ("keys");

-- CreateIndex
CREATE INDEX "tm_entry_source_norm_trgm_idx" ON "tm_entry" USING GIN ("source_norm" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "tm_entry_target_trgm_idx" ON "tm_entry" USING GIN ("target" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "tm_entry_project_id_source_hash_target_hash_key" ON "tm_entry"("project_id", "source_hash", "target_hash");

-- AddForeignKey
ALTER TABLE "tm_entry" ADD CONSTRAINT "tm_entry_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tm_entry" ADD CONSTRAINT "tm_entry_origin_unit_id_fkey" FOREIGN KEY ("origin_unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tm_entry" ADD CONSTRAINT "tm_entry_origin_document_id_fkey" FOREIGN KEY ("origin_document_id") REFERENCES "document"("id") ON DELETE SET NULL ON UPDATE CASCADE;
