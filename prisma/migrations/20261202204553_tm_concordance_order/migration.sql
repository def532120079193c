-- CreateIndex
CREATE INDEX "tm_entry_concordance_order_idx" ON "tm_entry"("project_id", "status" DESC, "updated_at" DESC, "id");
