-- AlterTable
ALTER TABLE "unit" ADD COLUMN     "pretranslated" SMALLINT;

-- A memory score (lib/tm/score.ts: 0–100, 101 for a context match).
ALTER TABLE "unit" ADD CONSTRAINT "unit_pretranslated_check" CHECK ("pretranslated" BETWEEN 0 AND 101);
