-- CreateTable
CREATE TABLE "CandidateSummary" (
    "candidateId" UUID NOT NULL,
    "skillIds" INTEGER[],
    "domainIds" INTEGER[],
    "yearsOfExperience" DOUBLE PRECISION NOT NULL,
    "feedback" DOUBLE PRECISION NOT NULL,
    "quizzes" DOUBLE PRECISION NOT NULL,
    "progression" DOUBLE PRECISION NOT NULL,
    "badges" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "CandidateSummary_pkey" PRIMARY KEY ("candidateId")
);

-- AddForeignKey
ALTER TABLE "CandidateSummary" ADD CONSTRAINT "CandidateSummary_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "Candidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The summary is maintained here, in the database, so that every write path (the import,
-- incremental matching's callers, the API, plain SQL) keeps it current. The formulas are those
-- of lib/scoring/criteria; tests/integration/candidate-summary.test.ts checks them against
-- scoreCandidate.

-- The job-independent criteria of one candidate, 0–100 each, clamped as scoreCandidate clamps.
-- Sums and means are taken in numeric: float8 arithmetic raises an error on underflow (a score of
-- 1e-320 would make a write fail), and the difference from JavaScript's doubles is far below the
-- margin the bounds keep. Past 60 badges 0.5^n no longer changes a double, nor the score.
CREATE FUNCTION candidate_summary_scores(cid UUID, OUT feedback DOUBLE PRECISION, OUT quizzes DOUBLE PRECISION, OUT progression DOUBLE PRECISION, OUT badges DOUBLE PRECISION)
LANGUAGE sql STABLE AS $$
  WITH t AS (SELECT count(*)::numeric AS n, coalesce(sum(score::numeric), 0) AS s FROM "TechnicalTest" WHERE "candidateId" = cid),
  f AS (SELECT count(*)::numeric AS n, coalesce(sum(rating), 0)::numeric AS s FROM "Feedback" WHERE "candidateId" = cid),
  q AS (SELECT score::numeric AS score, row_number() OVER (ORDER BY "completedAt", id) AS i, count(*) OVER () AS n FROM "QuizAttempt" WHERE "candidateId" = cid),
  qa AS (SELECT count(*)::numeric AS n, coalesce(sum(score), 0) AS s,
                avg(score) FILTER (WHERE i > n - n / 2) - avg(score) FILTER (WHERE i <= n / 2) AS gain FROM q),
  b AS (SELECT least(count(*), 60)::float8 AS n FROM "Badge" WHERE "candidateId" = cid)
  SELECT
    least(100, greatest(0, 0.5 * (100 + t.s) / (2 + t.n) + 0.5 * (((15 + f.s) / (5 + f.n)) - 1) / 4 * 100))::float8,
    least(100, greatest(0, 0.7 * (100 + qa.s) / (2 + qa.n) + 30 * least(1, qa.n / 5)))::float8,
    (CASE WHEN qa.n < 2 THEN 50 ELSE least(100, greatest(0, 50 + 50 * greatest(-1, least(1, qa.gain / 30)) * least(1, (qa.n - 1) / 4))) END)::float8,
    least(100, greatest(0, 100 * (1 - 0.5::float8 ^ b.n)))
  FROM t, f, qa, b
$$;

CREATE FUNCTION refresh_candidate_summary(ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Two transactions changing one candidate's tables at once would each compute from a snapshot
  -- without the other's rows: the candidate's row lock serialises them, and each statement of
  -- this function then reads what the other committed.
  PERFORM 1 FROM "Candidate" c JOIN unnest(ids) AS u(id) ON c.id = u.id ORDER BY c.id FOR NO KEY UPDATE OF c;
  INSERT INTO "CandidateSummary" ("candidateId", "skillIds", "domainIds", "yearsOfExperience", feedback, quizzes, progression, badges)
  SELECT c.id,
         coalesce((SELECT array_agg("skillId" ORDER BY "skillId") FROM "CandidateSkill" WHERE "candidateId" = c.id), '{}'),
         coalesce((SELECT array_agg("domainId" ORDER BY "domainId") FROM "CandidateDomain" WHERE "candidateId" = c.id), '{}'),
         c."yearsOfExperience", s.feedback, s.quizzes, s.progression, s.badges
  FROM "Candidate" c JOIN unnest(ids) AS u(id) ON c.id = u.id, candidate_summary_scores(c.id) s
  ON CONFLICT ("candidateId") DO UPDATE SET
    "skillIds" = EXCLUDED."skillIds", "domainIds" = EXCLUDED."domainIds", "yearsOfExperience" = EXCLUDED."yearsOfExperience",
    feedback = EXCLUDED.feedback, quizzes = EXCLUDED.quizzes, progression = EXCLUDED.progression, badges = EXCLUDED.badges;
END $$;

-- Statement-level triggers: a bulk insert refreshes each candidate once, not once per row.
CREATE FUNCTION candidate_summary_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_candidate_summary(ARRAY(SELECT DISTINCT "candidateId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_candidate_summary(ARRAY(SELECT DISTINCT "candidateId" FROM old_rows));
  ELSE
    PERFORM refresh_candidate_summary(ARRAY(SELECT "candidateId" FROM new_rows UNION SELECT "candidateId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION candidate_summary_candidate_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_candidate_summary(ARRAY(SELECT id FROM new_rows));
  RETURN NULL;
END $$;

CREATE TRIGGER candidate_summary_insert AFTER INSERT ON "Candidate" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_candidate_changed();
CREATE TRIGGER candidate_summary_update AFTER UPDATE ON "Candidate" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_candidate_changed();

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['CandidateSkill', 'CandidateDomain', 'TechnicalTest', 'Feedback', 'QuizAttempt', 'Badge'] LOOP
    EXECUTE format('CREATE TRIGGER candidate_summary_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed()', t);
    EXECUTE format('CREATE TRIGGER candidate_summary_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed()', t);
    EXECUTE format('CREATE TRIGGER candidate_summary_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed()', t);
  END LOOP;
END $$;

-- The candidates already there.
INSERT INTO "CandidateSummary" ("candidateId", "skillIds", "domainIds", "yearsOfExperience", feedback, quizzes, progression, badges)
SELECT c.id,
       coalesce((SELECT array_agg("skillId" ORDER BY "skillId") FROM "CandidateSkill" WHERE "candidateId" = c.id), '{}'),
       coalesce((SELECT array_agg("domainId" ORDER BY "domainId") FROM "CandidateDomain" WHERE "candidateId" = c.id), '{}'),
       c."yearsOfExperience", s.feedback, s.quizzes, s.progression, s.badges
FROM "Candidate" c, candidate_summary_scores(c.id) s;
