-- AlterTable
ALTER TABLE "comment" ADD COLUMN     "sentence" INTEGER;

-- AlterTable
ALTER TABLE "unit" ADD COLUMN     "needs_review" BOOLEAN NOT NULL DEFAULT false;

-- Existing comments: the best that is known is the unit they sit on now; its first sentence.
UPDATE "comment" c SET sentence = u.first_sentence FROM "unit" u WHERE u.id = c.unit_id;
-- A reply belongs to its thread's sentence, whatever unit it was written on.
UPDATE "comment" r SET sentence = p.sentence FROM "comment" p WHERE p.id = r.parent_id;

-- Every insert path (comments, review reasons, reopen requests, imported notes) gets the sentence
-- without knowing about it: a reply its parent's, any other comment its unit's first sentence.
CREATE FUNCTION "comment_sentence_default"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.sentence IS NULL THEN
    IF NEW.parent_id IS NOT NULL THEN
      SELECT sentence INTO NEW.sentence FROM "comment" WHERE id = NEW.parent_id;
    END IF;
    IF NEW.sentence IS NULL THEN
      SELECT first_sentence INTO NEW.sentence FROM "unit" WHERE id = NEW.unit_id;
    END IF;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "comment_sentence" BEFORE INSERT ON "comment"
FOR EACH ROW EXECUTE FUNCTION "comment_sentence_default"();
