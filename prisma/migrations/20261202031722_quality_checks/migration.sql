-- CreateTable
CREATE TABLE "unit_qa" (
    "unit_id" INTEGER NOT NULL,
    "document_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "fix" TEXT,

    CONSTRAINT "unit_qa_pkey" PRIMARY KEY ("unit_id","key")
);

-- CreateTable
CREATE TABLE "unit_qa_ignore" (
    "unit_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "check" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "user_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_qa_ignore_pkey" PRIMARY KEY ("unit_id","key")
);

-- CreateTable
CREATE TABLE "unit_qa_key" (
    "unit_id" INTEGER NOT NULL,
    "document_id" TEXT NOT NULL,
    "hindi_key" BIGINT NOT NULL,
    "english_key" BIGINT,
    "reversible" BOOLEAN NOT NULL,

    CONSTRAINT "unit_qa_key_pkey" PRIMARY KEY ("unit_id")
);

-- CreateTable
CREATE TABLE "document_qa" (
    "document_id" TEXT NOT NULL,
    "stamp" TEXT NOT NULL,
    "checked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_qa_pkey" PRIMARY KEY ("document_id")
);

-- CreateTable
CREATE TABLE "instance_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_by_id" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "instance_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "unit_qa_document_id_severity_idx" ON "unit_qa"("document_id", "severity");

-- CreateIndex
CREATE INDEX "unit_qa_key_document_id_hindi_key_idx" ON "unit_qa_key"("document_id", "hindi_key");

-- CreateIndex
CREATE INDEX "unit_qa_key_document_id_english_key_idx" ON "unit_qa_key"("document_id", "english_key");

-- AddForeignKey
ALTER TABLE "unit_qa" ADD CONSTRAINT "unit_qa_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_qa_ignore" ADD CONSTRAINT "unit_qa_ignore_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_qa_key" ADD CONSTRAINT "unit_qa_key_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "document_qa" ADD CONSTRAINT "document_qa_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
