-- AlterTable
ALTER TABLE "document" ADD COLUMN     "structure_version" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "sentence_text_trgm_idx" ON "sentence" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "unit_english_trgm_idx" ON "unit" USING GIN ("english" gin_trgm_ops);
