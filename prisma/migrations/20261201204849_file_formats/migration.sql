-- CreateEnum
CREATE TYPE "SourceFormat" AS ENUM ('text', 'tmx', 'xliff12', 'xliff20', 'docx', 'srt');

-- AlterTable
ALTER TABLE "document" ADD COLUMN     "source_format" "SourceFormat" NOT NULL DEFAULT 'text';

-- AlterTable
ALTER TABLE "unit" ADD COLUMN     "external_id" TEXT;

-- CreateTable
CREATE TABLE "document_original" (
    "document_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_original_pkey" PRIMARY KEY ("document_id")
);

-- AddForeignKey
ALTER TABLE "document_original" ADD CONSTRAINT "document_original_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
