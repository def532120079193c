-- CreateTable
CREATE TABLE "undo_entry" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "document_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "undo_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "undo_entry_user_id_document_id_id_idx" ON "undo_entry"("user_id", "document_id", "id");

-- AddForeignKey
ALTER TABLE "undo_entry" ADD CONSTRAINT "undo_entry_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "undo_entry" ADD CONSTRAINT "undo_entry_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
