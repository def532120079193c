-- The short way of qa_refresh_units (one unit, no key shared; 20261204130000_qa_refresh_short_way says when) made
-- cheaper for tracker #18's "≤ 2 ms added per save": the unit's rows by the leading column of their keys instead of
-- through a scope array, and the issues (and key) a save leaves as they were are not sent through ON CONFLICT, which
-- locks the existing row even when its WHERE then writes nothing. The full statement is unchanged. Same signature and
-- SET clause as before.
CREATE OR REPLACE FUNCTION "qa_refresh_units"(
  p_document_id TEXT,
  p_key_unit INTEGER[], p_key_hindi TEXT[], p_key_english TEXT[], p_key_reversible BOOLEAN[],
  p_issue_unit INTEGER[], p_issue_key TEXT[], p_issue_check TEXT[], p_issue_code TEXT[], p_issue_severity TEXT[],
  p_issue_params TEXT[], p_issue_fix TEXT[],
  p_unit_ids INTEGER[], p_checked INTEGER[], p_prev_hindi TEXT[], p_prev_english TEXT[]
) RETURNS void
LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan
AS $$
DECLARE
  v_unit INTEGER := p_unit_ids[1];
BEGIN
  IF cardinality(p_unit_ids) = 1 AND p_checked = p_unit_ids AND p_key_unit = p_unit_ids
     AND cardinality(p_prev_hindi) = 0 AND cardinality(p_prev_english) = 0
     -- Two index lookups (an OR of the two would scan the table), old keys and new.
     AND NOT EXISTS (
       SELECT 1 FROM unit_qa_key k WHERE k.document_id = p_document_id AND k.unit_id <> v_unit
         AND k.hindi_key = ANY(p_key_hindi::bigint[] || ARRAY(SELECT o.hindi_key FROM unit_qa_key o WHERE o.unit_id = v_unit)))
     AND NOT EXISTS (
       SELECT 1 FROM unit_qa_key k WHERE k.document_id = p_document_id AND k.unit_id <> v_unit
         AND k.english_key = ANY(p_key_english::bigint[] || ARRAY(SELECT o.english_key FROM unit_qa_key o WHERE o.unit_id = v_unit)))
  THEN
    -- The unit alone: its rows are found by the first column of each primary key (no array of a scope),
    -- and a row stored as it is wanted is left out before the upsert, which would otherwise lock it
    -- (a WAL record and a dirtied page for each issue a save leaves as it was). Nothing but a check of
    -- this unit writes its own issues and key, and this unit is locked by the caller, so the rows read
    -- here are the rows the upsert would meet. Its `inconsistent` rows are not wanted (it shares no key).
    WITH new_issue AS (
      SELECT t.unit_id, t.key, t."check", t.code, t.severity, t.params::jsonb AS params, t.fix
      FROM unnest(p_issue_unit, p_issue_key, p_issue_check, p_issue_code,
                  p_issue_severity, p_issue_params, p_issue_fix)
        AS t(unit_id, key, "check", code, severity, params, fix)),
    removed AS (
      DELETE FROM unit_qa q WHERE q.unit_id = v_unit
        AND NOT EXISTS (SELECT 1 FROM new_issue w WHERE w.unit_id = q.unit_id AND w.key = q.key)),
    written AS (
      INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params, fix)
      SELECT w.unit_id, p_document_id, w.key, w."check", w.code, w.severity, w.params, w.fix FROM new_issue w
      WHERE NOT EXISTS (
        SELECT 1 FROM unit_qa q WHERE q.unit_id = w.unit_id AND q.key = w.key
          AND (q."check", q.code, q.severity, q.params, q.fix) IS NOT DISTINCT FROM (w."check", w.code, w.severity, w.params, w.fix))
      ON CONFLICT (unit_id, key) DO UPDATE SET "check" = EXCLUDED."check", code = EXCLUDED.code,
        severity = EXCLUDED.severity, params = EXCLUDED.params, fix = EXCLUDED.fix
      WHERE (unit_qa."check", unit_qa.code, unit_qa.severity, unit_qa.params, unit_qa.fix)
        IS DISTINCT FROM (EXCLUDED."check", EXCLUDED.code, EXCLUDED.severity, EXCLUDED.params, EXCLUDED.fix)),
    keyed AS (
      INSERT INTO unit_qa_key (unit_id, document_id, hindi_key, english_key, reversible)
      SELECT t.unit_id, p_document_id, t.hindi_key::bigint, t.english_key::bigint, t.reversible
      FROM unnest(p_key_unit, p_key_hindi, p_key_english, p_key_reversible) AS t(unit_id, hindi_key, english_key, reversible)
      WHERE NOT EXISTS (
        SELECT 1 FROM unit_qa_key k WHERE k.unit_id = t.unit_id
          AND (k.hindi_key, k.english_key, k.reversible) IS NOT DISTINCT FROM (t.hindi_key::bigint, t.english_key::bigint, t.reversible))
      ON CONFLICT (unit_id) DO UPDATE SET hindi_key = EXCLUDED.hindi_key, english_key = EXCLUDED.english_key,
        reversible = EXCLUDED.reversible
      WHERE (unit_qa_key.hindi_key, unit_qa_key.english_key, unit_qa_key.reversible)
        IS DISTINCT FROM (EXCLUDED.hindi_key, EXCLUDED.english_key, EXCLUDED.reversible))
    -- An ignore lasts as long as its issue (the unit was rechecked, so what it keeps is what is wanted).
    DELETE FROM unit_qa_ignore g WHERE g.unit_id = v_unit
      AND NOT EXISTS (SELECT 1 FROM new_issue w WHERE w.unit_id = g.unit_id AND w.key = g.key);
    RETURN;
  END IF;
  WITH new_key AS (
    SELECT t.unit_id, t.hindi_key::bigint AS hindi_key, t.english_key::bigint AS english_key, t.reversible
    FROM unnest(p_key_unit, p_key_hindi, p_key_english, p_key_reversible) AS t(unit_id, hindi_key, english_key, reversible)),
  new_issue AS (
    SELECT t.unit_id, t.key, t."check", t.code, t.severity, t.params::jsonb AS params, t.fix
    FROM unnest(p_issue_unit, p_issue_key, p_issue_check, p_issue_code,
                p_issue_severity, p_issue_params, p_issue_fix)
      AS t(unit_id, key, "check", code, severity, params, fix)),
  old_key AS (SELECT hindi_key, english_key FROM unit_qa_key WHERE unit_id = ANY(p_unit_ids)),
  group_hindi AS (
    SELECT hindi_key AS k FROM old_key UNION SELECT hindi_key FROM new_key
    UNION SELECT unnest(p_prev_hindi::bigint[])),
  group_english AS (
    SELECT english_key AS k FROM old_key WHERE english_key IS NOT NULL
    UNION SELECT english_key FROM new_key WHERE english_key IS NOT NULL
    UNION SELECT unnest(p_prev_english::bigint[])),
  -- Two index lookups (an OR over two subqueries would scan the table), then the new keys.
  affected AS (
    (SELECT unit_id, hindi_key, english_key, reversible FROM unit_qa_key
     WHERE document_id = p_document_id AND unit_id <> ALL(p_checked)
       AND hindi_key = ANY(ARRAY(SELECT k FROM group_hindi))
     UNION
     SELECT unit_id, hindi_key, english_key, reversible FROM unit_qa_key
     WHERE document_id = p_document_id AND unit_id <> ALL(p_checked)
       AND english_key = ANY(ARRAY(SELECT k FROM group_english)))
    UNION ALL SELECT unit_id, hindi_key, english_key, reversible FROM new_key),
  inconsistent AS (
    SELECT a.unit_id, 'inconsistentHindi' AS key, 'inconsistent' AS "check", 'inconsistentHindi' AS code,
           'warning' AS severity, jsonb_build_object('unit', o.unit_id, 'count', g.n) AS params, NULL::text AS fix
    FROM affected a
    CROSS JOIN LATERAL (
      SELECT k.unit_id FROM (
          SELECT unit_id, hindi_key, english_key FROM unit_qa_key
          WHERE document_id = p_document_id AND unit_id <> ALL(p_checked)
          UNION ALL SELECT unit_id, hindi_key, english_key FROM new_key) k
        JOIN unit u ON u.id = k.unit_id
      WHERE k.hindi_key = a.hindi_key AND k.english_key <> a.english_key
      ORDER BY u.first_sentence LIMIT 1) o
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT k.english_key)::int AS n FROM (
          SELECT hindi_key, english_key FROM unit_qa_key
          WHERE document_id = p_document_id AND unit_id <> ALL(p_checked)
          UNION ALL SELECT hindi_key, english_key FROM new_key) k
      WHERE k.hindi_key = a.hindi_key) g
    WHERE a.english_key IS NOT NULL
    UNION ALL
    SELECT a.unit_id, 'inconsistentEnglish', 'inconsistent', 'inconsistentEnglish', 'warning',
           jsonb_build_object('unit', o.unit_id, 'count', g.n), NULL
    FROM affected a
    CROSS JOIN LATERAL (
      SELECT k.unit_id FROM (
          SELECT unit_id, hindi_key, english_key, reversible FROM unit_qa_key
          WHERE document_id = p_document_id AND unit_id <> ALL(p_checked)
          UNION ALL SELECT unit_id, hindi_key, english_key, reversible FROM new_key) k
        JOIN unit u ON u.id = k.unit_id
      WHERE k.english_key = a.english_key AND k.reversible AND k.hindi_key <> a.hindi_key
      ORDER BY u.first_sentence LIMIT 1) o
    CROSS JOIN LATERAL (
      SELECT count(DISTINCT k.hindi_key)::int AS n FROM (
          SELECT hindi_key, english_key, reversible FROM unit_qa_key
          WHERE document_id = p_document_id AND unit_id <> ALL(p_checked)
          UNION ALL SELECT hindi_key, english_key, reversible FROM new_key) k
      WHERE k.english_key = a.english_key AND k.reversible) g
    WHERE a.reversible),
  wanted AS (SELECT * FROM new_issue UNION ALL SELECT * FROM inconsistent),
  scope AS (SELECT unit_id FROM affected UNION SELECT unnest(p_checked)),
  removed AS (
    DELETE FROM unit_qa q WHERE q.unit_id = ANY(ARRAY(SELECT unit_id FROM scope))
      AND (q.unit_id = ANY(p_checked) OR q."check" = 'inconsistent')
      AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.unit_id = q.unit_id AND w.key = q.key)),
  written AS (
    INSERT INTO unit_qa (unit_id, document_id, key, "check", code, severity, params, fix)
    SELECT unit_id, p_document_id, key, "check", code, severity, params, fix FROM wanted
    ON CONFLICT (unit_id, key) DO UPDATE SET "check" = EXCLUDED."check", code = EXCLUDED.code,
      severity = EXCLUDED.severity, params = EXCLUDED.params, fix = EXCLUDED.fix
    -- An issue that stays as it was is not written again (no dead row, no index entries per save).
    WHERE (unit_qa."check", unit_qa.code, unit_qa.severity, unit_qa.params, unit_qa.fix)
      IS DISTINCT FROM (EXCLUDED."check", EXCLUDED.code, EXCLUDED.severity, EXCLUDED.params, EXCLUDED.fix)),
  keyed AS (
    INSERT INTO unit_qa_key (unit_id, document_id, hindi_key, english_key, reversible)
    SELECT unit_id, p_document_id, hindi_key, english_key, reversible FROM new_key
    ON CONFLICT (unit_id) DO UPDATE SET hindi_key = EXCLUDED.hindi_key, english_key = EXCLUDED.english_key,
      reversible = EXCLUDED.reversible
    WHERE (unit_qa_key.hindi_key, unit_qa_key.english_key, unit_qa_key.reversible)
      IS DISTINCT FROM (EXCLUDED.hindi_key, EXCLUDED.english_key, EXCLUDED.reversible))
  -- An ignore lasts as long as its issue. What a unit keeps: the wanted rows, and for a unit that
  -- was not rechecked its stored issues other than inconsistent (this statement leaves those).
  DELETE FROM unit_qa_ignore g WHERE g.unit_id = ANY(ARRAY(SELECT unit_id FROM scope))
    AND NOT EXISTS (SELECT 1 FROM wanted w WHERE w.unit_id = g.unit_id AND w.key = g.key)
    AND NOT (g.unit_id <> ALL(p_checked) AND EXISTS (
      SELECT 1 FROM unit_qa q WHERE q.unit_id = g.unit_id AND q.key = g.key AND q."check" <> 'inconsistent'));
END
$$;
