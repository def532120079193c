-- Live updates (lib/server/live-bus.ts): every committed change an open editor shows rings the document's bell on the
-- channel "setu_live", with the document's id as the payload. The notification carries no content: whoever hears it
-- asks GET /api/documents/:id/changes, which checks access as always. PostgreSQL delivers notifications only when the
-- transaction commits, and folds identical ones of one transaction into one (with a hash table), so a bulk approve of
-- 100,000 units rings once. Row-level triggers: measured beside a statement-level trigger with a transition table, they
-- cost a single-row update less (about 0.02 ms against 0.07 ms) and a 100,000-row update no more.
CREATE FUNCTION "live_notify_row"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'document' THEN
    PERFORM pg_notify('setu_live', NEW."id");
  ELSIF TG_TABLE_NAME = 'comment' THEN
    PERFORM pg_notify('setu_live', u."document_id") FROM "unit" u WHERE u."id" = NEW."unit_id";
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('setu_live', OLD."document_id");
  ELSE
    PERFORM pg_notify('setu_live', NEW."document_id");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "live_notify_unit" AFTER INSERT OR UPDATE OR DELETE ON "unit"
FOR EACH ROW EXECUTE FUNCTION "live_notify_row"();

-- Structure changes (merge, split, move) bump the document's structure_version. Presence rings when someone arrives,
-- leaves, moves to another unit or comes back after the 20 s its entry lives (features/editor/data.ts): a heartbeat that
-- only says "still here" rings nobody. Comments are one row each.
CREATE TRIGGER "live_notify_structure" AFTER UPDATE OF "structure_version" ON "document"
FOR EACH ROW WHEN (OLD."structure_version" IS DISTINCT FROM NEW."structure_version")
EXECUTE FUNCTION "live_notify_row"();

CREATE TRIGGER "live_notify_presence_come_go" AFTER INSERT OR DELETE ON "presence"
FOR EACH ROW EXECUTE FUNCTION "live_notify_row"();

CREATE TRIGGER "live_notify_presence_move" AFTER UPDATE ON "presence"
FOR EACH ROW WHEN (OLD."unit_id" IS DISTINCT FROM NEW."unit_id" OR OLD."seen_at" < NEW."seen_at" - interval '20 seconds')
EXECUTE FUNCTION "live_notify_row"();

CREATE TRIGGER "live_notify_comment" AFTER INSERT OR UPDATE ON "comment"
FOR EACH ROW EXECUTE FUNCTION "live_notify_row"();
