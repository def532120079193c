-- CreateEnum
CREATE TYPE "CommentKind" AS ENUM ('comment', 'approve', 'reject', 'reopen');

-- AlterTable: the kind's values are kept (Prisma's diff would drop and re-add the column).
-- An unknown kind (none is written by Setu) becomes a plain comment rather than failing the migration.
ALTER TABLE "comment" ALTER COLUMN "author_id" DROP NOT NULL;
ALTER TABLE "comment" ALTER COLUMN "kind" DROP DEFAULT;
UPDATE "comment" SET "kind" = 'comment' WHERE "kind" NOT IN ('comment', 'approve', 'reject', 'reopen');
ALTER TABLE "comment" ALTER COLUMN "kind" TYPE "CommentKind" USING "kind"::"CommentKind";
ALTER TABLE "comment" ALTER COLUMN "kind" SET DEFAULT 'comment';

-- CreateTable
CREATE TABLE "glossary_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "glossary_version_pkey" PRIMARY KEY ("id")
);

-- Clean-up before the constraints: rows that break them are repaired or removed, never left to fail the migration.
-- Presence is heartbeat state (rewritten every few seconds), so a row of a user or document that is gone goes.
DELETE FROM "presence" p WHERE NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = p.user_id)
  OR NOT EXISTS (SELECT 1 FROM "document" d WHERE d.id = p.document_id);
UPDATE "presence" p SET unit_id = NULL WHERE unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "unit" u WHERE u.id = p.unit_id);
-- Work by a deleted user keeps everything but the name.
UPDATE "document" t SET created_by_id = NULL WHERE created_by_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.created_by_id);
UPDATE "unit" t SET author_id = NULL WHERE author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.author_id);
UPDATE "unit" t SET created_by_id = NULL WHERE created_by_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.created_by_id);
UPDATE "unit_version" t SET author_id = NULL WHERE author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.author_id);
UPDATE "comment" t SET author_id = NULL WHERE author_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.author_id);
UPDATE "comment" t SET resolved_by_id = NULL WHERE resolved_by_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.resolved_by_id);
UPDATE "glossary_entry" t SET created_by_id = NULL WHERE created_by_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.created_by_id);
UPDATE "glossary_entry" t SET updated_by_id = NULL WHERE updated_by_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "user" u WHERE u.id = t.updated_by_id);
-- A unit that ends before it starts covers no sentence: it is shrunk to its first sentence, keeping its English
-- for someone to see and repair. A confidence outside [0, 1] is clamped; NaN means none.
UPDATE "unit" SET last_sentence = first_sentence WHERE first_sentence > last_sentence;
UPDATE "unit" SET confidence = NULL WHERE confidence = 'NaN';
UPDATE "unit" SET confidence = greatest(0, least(1, confidence)) WHERE confidence < 0 OR confidence > 1;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_version" ADD CONSTRAINT "unit_version_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "presence" ADD CONSTRAINT "presence_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "presence" ADD CONSTRAINT "presence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "presence" ADD CONSTRAINT "presence_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "glossary_entry" ADD CONSTRAINT "glossary_entry_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "glossary_entry" ADD CONSTRAINT "glossary_entry_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CHECK constraints (not modelled by Prisma, so kept here only).
ALTER TABLE "unit" ADD CONSTRAINT "unit_sentence_range_check" CHECK (first_sentence <= last_sentence);
ALTER TABLE "unit" ADD CONSTRAINT "unit_confidence_check" CHECK (confidence >= 0 AND confidence <= 1);

-- The glossary's version: one row, bumped once per statement that writes an entry or a term, so that
-- every instance's cached matcher knows in one primary-key read whether it is stale. BEFORE the statement:
-- a transaction takes the version row's lock before any glossary row's, so two glossary writers queue
-- on it instead of deadlocking (each holding a row the other needs).
ALTER TABLE "glossary_version" ADD CONSTRAINT "glossary_version_single_row" CHECK (id = 1);
INSERT INTO "glossary_version" (id, version) VALUES (1, 0);

CREATE FUNCTION "glossary_version_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "glossary_version" SET version = version + 1 WHERE id = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "glossary_entry_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "glossary_entry"
FOR EACH STATEMENT EXECUTE FUNCTION "glossary_version_bump"();
CREATE TRIGGER "glossary_term_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "glossary_term"
FOR EACH STATEMENT EXECUTE FUNCTION "glossary_version_bump"();
