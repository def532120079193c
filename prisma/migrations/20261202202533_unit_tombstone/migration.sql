-- CreateTable
CREATE TABLE "unit_tombstone" (
    "unit_id" INTEGER NOT NULL,
    "document_id" TEXT NOT NULL,
    "deleted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_tombstone_pkey" PRIMARY KEY ("unit_id")
);

-- CreateIndex
CREATE INDEX "unit_tombstone_document_id_idx" ON "unit_tombstone"("document_id");

-- AddForeignKey
ALTER TABLE "unit_tombstone" ADD CONSTRAINT "unit_tombstone_document_id_fkey" FOREIGN KEY ("document_id") REFERENCES "document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every deleted unit leaves its id and document behind, once per statement (a merge deletes one row, an undone split
-- one, a re-segmentation many). Rows of a document that is itself being deleted are skipped: the cascade has already
-- removed the document, and its tombstones go with it.
CREATE FUNCTION "unit_tombstone_record"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "unit_tombstone" ("unit_id", "document_id")
  SELECT g."id", g."document_id" FROM gone g
  WHERE EXISTS (SELECT 1 FROM "document" d WHERE d."id" = g."document_id")
  ON CONFLICT ("unit_id") DO NOTHING;
  RETURN NULL;
END
$$;

CREATE TRIGGER "unit_tombstone" AFTER DELETE ON "unit"
REFERENCING OLD TABLE AS gone
FOR EACH STATEMENT EXECUTE FUNCTION "unit_tombstone_record"();
