-- Projects (tracker #16): every document and glossary entry belongs to a project, and people work in a
-- project with a role there. Existing installations keep working: everything moves into a "Default"
-- project whose members are all existing accounts with their current role (admin → manager; the global
-- role stays for administering the installation), and new accounts of an open sign-up join it too
-- (instance_setting accounts.defaultProject).

-- CreateEnum
CREATE TYPE "ProjectRole" AS ENUM ('translator', 'reviewer', 'manager');

-- DropIndex
DROP INDEX "glossary_entry_hindi_part_of_speech_key";

-- CreateTable
CREATE TABLE "project" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_member" (
    "project_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "role" "ProjectRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "project_member_pkey" PRIMARY KEY ("project_id","user_id")
);

-- The Default project, and everything that exists moves into it (NOT NULL only once every row has one).
INSERT INTO "project" ("id", "name") VALUES ('default', 'Default');

ALTER TABLE "document" ADD COLUMN     "due_date" TIMESTAMPTZ(3),
ADD COLUMN     "project_id" TEXT,
ADD COLUMN     "reviewer_id" TEXT,
ADD COLUMN     "translator_id" TEXT;
UPDATE "document" SET "project_id" = 'default';
ALTER TABLE "document" ALTER COLUMN "project_id" SET NOT NULL;

ALTER TABLE "glossary_entry" ADD COLUMN     "project_id" TEXT;
UPDATE "glossary_entry" SET "project_id" = 'default';
ALTER TABLE "glossary_entry" ALTER COLUMN "project_id" SET NOT NULL;

INSERT INTO "project_member" ("project_id", "user_id", "role")
SELECT 'default', "id", (CASE "role" WHEN 'admin' THEN 'manager' WHEN 'reviewer' THEN 'reviewer' ELSE 'translator' END)::"ProjectRole"
FROM "user";

INSERT INTO "instance_setting" ("key", "value") VALUES ('accounts.defaultProject', '"default"')
ON CONFLICT ("key") DO NOTHING;

-- CreateIndex
CREATE UNIQUE INDEX "project_name_key" ON "project"("name");

-- CreateIndex
CREATE INDEX "project_member_user_id_idx" ON "project_member"("user_id");

-- CreateIndex
CREATE INDEX "document_project_id_updated_at_idx" ON "document"("project_id", "updated_at");

-- CreateIndex
CREATE INDEX "document_translator_id_idx" ON "document"("translator_id");

-- CreateIndex
CREATE INDEX "document_reviewer_id_idx" ON "document"("reviewer_id");

-- CreateIndex
CREATE UNIQUE INDEX "glossary_entry_project_id_hindi_part_of_speech_key" ON "glossary_entry"("project_id", "hindi", "part_of_speech");

-- AddForeignKey
ALTER TABLE "project_member" ADD CONSTRAINT "project_member_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_member" ADD CONSTRAINT "project_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_translator_id_fkey" FOREIGN KEY ("translator_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document" ADD CONSTRAINT "document_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "glossary_entry" ADD CONSTRAINT "glossary_entry_project_id_fkey" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE;
