-- AlterTable
ALTER TABLE "project" ADD COLUMN     "qa_block_approval" BOOLEAN;
