-- CreateEnum
CREATE TYPE "Role" AS ENUM ('translator', 'reviewer', 'admin');

-- CreateEnum
CREATE TYPE "SegmentKind" AS ENUM ('sentence', 'heading', 'list_item');

-- CreateEnum
CREATE TYPE "UnitStatus" AS ENUM ('draft', 'translated', 'approved', 'rejected');

-- CreateEnum
CREATE TYPE "TermStatus" AS ENUM ('preferred', 'forbidden', 'do_not_translate');

-- CreateEnum
CREATE TYPE "EntryState" AS ENUM ('active', 'proposed');

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'translator',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" TIMESTAMP(3),
    "refreshTokenExpiresAt" TIMESTAMP(3),
    "scope" TEXT,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_failure" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "source_lang" TEXT NOT NULL DEFAULT 'hi-IN',
    "target_lang" TEXT NOT NULL DEFAULT 'en-US',
    "sentence_count" INTEGER NOT NULL DEFAULT 0,
    "word_count" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sentence" (
    "id" SERIAL NOT NULL,
    "document_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "kind" "SegmentKind" NOT NULL DEFAULT 'sentence',
    "text" TEXT NOT NULL,

    CONSTRAINT "sentence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" SERIAL NOT NULL,
    "document_id" TEXT NOT NULL,
    "first_sentence" INTEGER NOT NULL,
    "last_sentence" INTEGER NOT NULL,
    "english" TEXT NOT NULL DEFAULT '',
    "status" "UnitStatus" NOT NULL DEFAULT 'draft',
    "version" INTEGER NOT NULL DEFAULT 1,
    "confidence" DOUBLE PRECISION,
    "author_id" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_version" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "english" TEXT NOT NULL,
    "status" "UnitStatus" NOT NULL,
    "author_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment" (
    "id" SERIAL NOT NULL,
    "unit_id" INTEGER NOT NULL,
    "parent_id" INTEGER,
    "author_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'comment',
    "body" TEXT NOT NULL,
    "resolved" BOOLEAN NOT NULL DEFAULT false,
    "resolved_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "presence" (
    "user_id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "unit_id" INTEGER,
    "seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "presence_pkey" PRIMARY KEY ("user_id","document_id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "user_id" TEXT,
    "document_id" TEXT,
    "unit_id" INTEGER,
    "action" TEXT NOT NULL,
    "details" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "glossary_entry" (
    "id" TEXT NOT NULL,
    "hindi" TEXT NOT NULL,
    "part_of_speech" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "state" "EntryState" NOT NULL DEFAULT 'active',
    "created_by_id" TEXT,
    "updated_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "glossary_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "glossary_term" (
    "id" SERIAL NOT NULL,
    "entry_id" TEXT NOT NULL,
    "english" TEXT NOT NULL,
    "status" "TermStatus" NOT NULL DEFAULT 'preferred',
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "glossary_term_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

-- CreateIndex
CREATE INDEX "sign_in_failure_email_at_idx" ON "sign_in_failure"("email", "at");

-- CreateIndex
CREATE INDEX "document_updated_at_idx" ON "document"("updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "sentence_document_id_position_key" ON "sentence"("document_id", "position");

-- CreateIndex
CREATE INDEX "unit_document_id_status_idx" ON "unit"("document_id", "status");

-- CreateIndex
CREATE INDEX "unit_document_id_updated_at_idx" ON "unit"("document_id", "updated_at");

-- CreateIndex
CREATE UNIQUE INDEX "unit_document_id_first_sentence_key" ON "unit"("document_id", "first_sentence");

-- CreateIndex
CREATE INDEX "unit_version_unit_id_version_idx" ON "unit_version"("unit_id", "version");

-- CreateIndex
CREATE INDEX "comment_unit_id_idx" ON "comment"("unit_id");

-- CreateIndex
CREATE INDEX "presence_document_id_seen_at_idx" ON "presence"("document_id", "seen_at");

-- CreateIndex
CREATE INDEX "audit_log_document_id_at_idx" ON "audit_log"("document_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_user_id_at_idx" ON "audit_log"("user_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "glossary_entry_hindi_part_of_speech_key" ON "glossary_entry"("hindi", "part_of_speech");

-- CreateIndex
CREATE UNIQUE INDEX "glossary_term_entry_id_english_key" ON "glossary_term"("entry_id", "english");

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "account" ADD CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sentence" ADD CONSTRAINT "sentence_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_version" ADD CONSTRAINT "unit_version_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment" ADD CONSTRAINT "comment_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "comment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "glossary_term" ADD CONSTRAINT "glossary_term_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "glossary_entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Not modelled by Prisma (its diff ignores extensions without the postgresqlExtensions preview, and functions and triggers).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The audit log is append-only: refuse UPDATE and DELETE on "audit_log".
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP;
END;
$$;

CREATE TRIGGER "audit_log_append_only"
BEFORE UPDATE OR DELETE ON "audit_log"
FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
