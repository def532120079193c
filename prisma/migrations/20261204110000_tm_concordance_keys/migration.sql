-- The concordance's word-boundary keys (lib/tm/concordance-keys.ts), written by every path that
-- writes an entry (features/tm/mutations.ts). {0} is "not computed" (a row written by hand): the
-- concordance rechecks such a row on every phrase search, so it is never missed, only slower.

-- AlterTable
ALTER TABLE "tm_entry" ADD COLUMN     "concordance_keys" INTEGER[] DEFAULT ARRAY[0]::INTEGER[];

-- The same keys in SQL, for the rows already stored (and kept, so that a test holds the two equal):
-- keyHash's FNV-1a over UTF-16 code units, and concordanceKeys' boundaries.
CREATE FUNCTION tm_concordance_key_hash(k text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  h bigint := 2166136261;
  c integer;
BEGIN
  FOR i IN 1 .. length(k) LOOP
    c := ascii(substr(k, i, 1));
    IF c > 65535 THEN
      c := c - 65536;
      h := ((h # (55296 + (c >> 10))) * 16777619) & 4294967295;
      h := ((h # (56320 + (c & 1023))) * 16777619) & 4294967295;
    ELSE
      h := ((h # c) * 16777619) & 4294967295;
    END IF;
  END LOOP;
  RETURN (CASE WHEN h >= 2147483648 THEN h - 4294967296 ELSE h END)::integer;
END $$;

CREATE FUNCTION tm_concordance_keys(source_norm text, target text) RETURNS integer[]
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  result integer[] := '{}';
  w text[];
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[source_norm, translate(target, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ' || chr(8490) || chr(304), 'abcdefghijklmnopqrstuvwxyzki')] LOOP
    w := string_to_array(t, ' ');
    FOR i IN 1 .. coalesce(cardinality(w), 0) - 1 LOOP
      result := result || tm_concordance_key_hash(right(w[i], 2) || ' ' || left(w[i + 1], 2));
    END LOOP;
  END LOOP;
  RETURN ARRAY(SELECT DISTINCT x FROM unnest(result) x);
END $$;

UPDATE "tm_entry" SET "concordance_keys" = tm_concordance_keys("source_norm", "target");

-- CreateIndex
CREATE INDEX "tm_entry_concordance_keys_idx" ON "tm_entry" USING GIN ("concordance_keys");
