-- A tab's own ring (lib/live/client-id.ts): a write sent by an editor tab runs with
-- set_config('setu.client', <tab id>, true) in its transaction, and the ring becomes "document_id tab_id",
-- so the stream that tab opened can skip it (it already has what it wrote) while every other stream,
-- the same user's other tabs included, still rings. The setting is transaction-local, so a pooled
-- connection never carries it to the next request. The server checks the id's shape before setting it;
-- the trigger checks it again, so whatever else sets the variable cannot put a space or more into a payload.
CREATE FUNCTION "live_ring"(document_id text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
  client text := current_setting('setu.client', true);
BEGIN
  IF client ~ '^[A-Za-z0-9_-]{16,64}$' THEN
    RETURN document_id || ' ' || client;
  END IF;
  RETURN document_id;
END
$$;

CREATE OR REPLACE FUNCTION "live_notify_row"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'document' THEN
    PERFORM pg_notify('setu_live', live_ring(NEW."id"));
  ELSIF TG_TABLE_NAME = 'comment' THEN
    PERFORM pg_notify('setu_live', live_ring(u."document_id")) FROM "unit" u WHERE u."id" = NEW."unit_id";
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('setu_live', live_ring(OLD."document_id"));
  ELSE
    PERFORM pg_notify('setu_live', live_ring(NEW."document_id"));
  END IF;
  RETURN NULL;
END
$$;

-- Presence is now sent when the active unit changes plus a keep-alive every 15 s (it was every 5 s,
-- features/editor/components/use-presence.ts), so an entry lives 45 s: three keep-alives, so that one
-- late or lost request (a busy server, a throttled tab) does not make someone vanish and reappear.
-- Defined once here, for the trigger below and for the read of who is here (features/editor/data.ts).
CREATE FUNCTION "presence_ttl"() RETURNS interval
LANGUAGE sql IMMUTABLE AS $$ SELECT interval '45 seconds' $$;

DROP TRIGGER "live_notify_presence_move" ON "presence";
CREATE TRIGGER "live_notify_presence_move" AFTER UPDATE ON "presence"
FOR EACH ROW WHEN (OLD."unit_id" IS DISTINCT FROM NEW."unit_id" OR OLD."seen_at" < NEW."seen_at" - presence_ttl())
EXECUTE FUNCTION "live_notify_row"();
