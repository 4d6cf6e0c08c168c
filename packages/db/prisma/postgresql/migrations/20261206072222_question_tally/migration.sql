-- CreateTable
CREATE TABLE "QuestionTally" (
    "userId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answered" INTEGER NOT NULL,
    "correct" INTEGER NOT NULL,
    "timeMs" BIGINT NOT NULL,
    "latestAt" TIMESTAMP(3) NOT NULL,
    "latestId" TEXT NOT NULL,
    "latestCorrect" BOOLEAN NOT NULL,
    "latestAttemptId" TEXT NOT NULL,

    CONSTRAINT "QuestionTally_pkey" PRIMARY KEY ("userId","questionId")
);

-- The tally follows Response through these triggers alone (the model cannot express them, and the migration-history
-- test and answer-summary.test.ts hold them to a recount). A row counts answers, right answers and time, and
-- keeps the latest answer: latest createdAt, in the same millisecond the higher id.
CREATE FUNCTION "QuestionTally_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "QuestionTally" AS t ("userId", "questionId", "answered", "correct", "timeMs",
      "latestAt", "latestId", "latestCorrect", "latestAttemptId")
    VALUES (NEW."userId", NEW."questionId", 1, CASE WHEN NEW."isCorrect" THEN 1 ELSE 0 END, NEW."timeTakenMs",
      NEW."createdAt", NEW."id", NEW."isCorrect", NEW."attemptId")
  ON CONFLICT ("userId", "questionId") DO UPDATE SET
    "answered" = t."answered" + 1,
    "correct" = t."correct" + excluded."correct",
    "timeMs" = t."timeMs" + excluded."timeMs",
    "latestAt" = CASE WHEN (excluded."latestAt", excluded."latestId") > (t."latestAt", t."latestId") THEN excluded."latestAt" ELSE t."latestAt" END,
    "latestId" = CASE WHEN (excluded."latestAt", excluded."latestId") > (t."latestAt", t."latestId") THEN excluded."latestId" ELSE t."latestId" END,
    "latestCorrect" = CASE WHEN (excluded."latestAt", excluded."latestId") > (t."latestAt", t."latestId") THEN excluded."latestCorrect" ELSE t."latestCorrect" END,
    "latestAttemptId" = CASE WHEN (excluded."latestAt", excluded."latestId") > (t."latestAt", t."latestId") THEN excluded."latestAttemptId" ELSE t."latestAttemptId" END;
  RETURN NULL;
END $$;

CREATE FUNCTION "QuestionTally_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "QuestionTally" SET
    "answered" = "answered" - 1,
    "correct" = "correct" - CASE WHEN OLD."isCorrect" THEN 1 ELSE 0 END,
    "timeMs" = "timeMs" - OLD."timeTakenMs"
  WHERE "userId" = OLD."userId" AND "questionId" = OLD."questionId";
  -- Not "answered" = 0: PostgreSQL fires these after the whole DELETE, so when a cascade removes many answers at
  -- once, the first trigger already sees none left.
  DELETE FROM "QuestionTally" WHERE "userId" = OLD."userId" AND "questionId" = OLD."questionId"
    AND NOT EXISTS (SELECT 1 FROM "Response" r WHERE r."userId" = OLD."userId" AND r."questionId" = OLD."questionId");
  UPDATE "QuestionTally" SET ("latestAt", "latestId", "latestCorrect", "latestAttemptId") = (
      SELECT r."createdAt", r."id", r."isCorrect", r."attemptId" FROM "Response" r
      WHERE r."userId" = OLD."userId" AND r."questionId" = OLD."questionId"
      ORDER BY r."createdAt" DESC, r."id" DESC LIMIT 1)
  WHERE "userId" = OLD."userId" AND "questionId" = OLD."questionId" AND "latestId" = OLD."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Response_tally_insert" AFTER INSERT ON "Response"
  FOR EACH ROW EXECUTE FUNCTION "QuestionTally_add"();
CREATE TRIGGER "Response_tally_delete" AFTER DELETE ON "Response"
  FOR EACH ROW EXECUTE FUNCTION "QuestionTally_remove"();

-- The answers already given.
INSERT INTO "QuestionTally" ("userId", "questionId", "answered", "correct", "timeMs",
    "latestAt", "latestId", "latestCorrect", "latestAttemptId")
SELECT g."userId", g."questionId", g."answered", g."correct", g."timeMs",
  r."createdAt", r."id", r."isCorrect", r."attemptId"
FROM (
  SELECT "userId", "questionId", COUNT(*) AS "answered", SUM(CASE WHEN "isCorrect" THEN 1 ELSE 0 END) AS "correct",
    SUM("timeTakenMs") AS "timeMs"
  FROM "Response" GROUP BY "userId", "questionId"
) g
JOIN "Response" r ON r."id" = (
  SELECT l."id" FROM "Response" l WHERE l."userId" = g."userId" AND l."questionId" = g."questionId"
  ORDER BY l."createdAt" DESC, l."id" DESC LIMIT 1);
