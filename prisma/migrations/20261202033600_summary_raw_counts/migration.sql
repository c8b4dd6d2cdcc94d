-- The summary keeps the evidence of the job-independent criteria (feedback without a response,
-- quizzes, progression, badges) as raw counts and sums instead of scores, so that their formulas
-- and coefficients live in lib/scoring alone: lib/matching/score-bounds-sql.ts builds the SQL that
-- applies them from the same coefficients. It also keeps the skills a candidate implies
-- (SkillClosure): in "skillIds" with the listed ones, and as a bitmap of their own.

-- AlterTable (defaults only while the rows already there are refreshed, dropped below)
ALTER TABLE "CandidateSummary" DROP COLUMN "badges",
DROP COLUMN "feedback",
DROP COLUMN "progression",
DROP COLUMN "quizzes",
ADD COLUMN     "badgeCount" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "impliedSkillBits" BYTEA NOT NULL DEFAULT '',
ADD COLUMN     "quizCount" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "quizNewerSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "quizOlderSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "quizSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "ratingCount" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "ratingSum" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "testCount" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "testSum" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- Counts and sums only: float8 addition cannot underflow (the scores' divisions could, which is
-- why the scores were once computed here in numeric). Counts are float8 too, as the contenders
-- query computes with them. The quiz halves are those of progressionScore: the older and the
-- newer floor(n / 2) attempts by completion, then id.
CREATE FUNCTION candidate_summary_counts(cid UUID, OUT "testCount" DOUBLE PRECISION, OUT "testSum" DOUBLE PRECISION,
  OUT "ratingCount" DOUBLE PRECISION, OUT "ratingSum" DOUBLE PRECISION, OUT "quizCount" DOUBLE PRECISION, OUT "quizSum" DOUBLE PRECISION,
  OUT "quizOlderSum" DOUBLE PRECISION, OUT "quizNewerSum" DOUBLE PRECISION, OUT "badgeCount" DOUBLE PRECISION)
LANGUAGE sql STABLE AS $$
  SELECT t.n, t.s, f.n, f.s, q.n, q.s, q.older, q.newer, b.n
  FROM (SELECT count(*)::float8 AS n, coalesce(sum(score), 0)::float8 AS s FROM "TechnicalTest" WHERE "candidateId" = cid) t,
       (SELECT count(*)::float8 AS n, coalesce(sum(rating), 0)::float8 AS s FROM "Feedback" WHERE "candidateId" = cid) f,
       (SELECT count(*)::float8 AS n, coalesce(sum(score), 0)::float8 AS s,
               coalesce(sum(score) FILTER (WHERE i <= n / 2), 0)::float8 AS older,
               coalesce(sum(score) FILTER (WHERE i > n - n / 2), 0)::float8 AS newer
        FROM (SELECT score, row_number() OVER (ORDER BY "completedAt", id) AS i, count(*) OVER () AS n
              FROM "QuizAttempt" WHERE "candidateId" = cid) a) q,
       (SELECT count(*)::float8 AS n FROM "Badge" WHERE "candidateId" = cid) b
$$;

-- The skills a candidate lists, and those the listed ones imply (SkillClosure) without being listed.
CREATE FUNCTION candidate_summary_skills(cid UUID, OUT listed INTEGER[], OUT implied INTEGER[])
LANGUAGE sql STABLE AS $$
  WITH l AS (SELECT "skillId" AS id FROM "CandidateSkill" WHERE "candidateId" = cid)
  SELECT
    coalesce((SELECT array_agg(id ORDER BY id) FROM l), '{}'),
    coalesce((SELECT array_agg(DISTINCT c."impliedId" ORDER BY c."impliedId") FROM l JOIN "SkillClosure" c ON c."skillId" = l.id
              WHERE c."impliedId" NOT IN (SELECT id FROM l)), '{}')
$$;

-- SkillClosure has no trigger of its own: whoever changes it refreshes the candidates listing the
-- skills concerned, with this function (it computes every column).
CREATE OR REPLACE FUNCTION refresh_candidate_summary(ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Two transactions changing one candidate's tables at once would each compute from a snapshot
  -- without the other's rows: the candidate's row lock serialises them, and each statement of
  -- this function then reads what the other committed.
  PERFORM 1 FROM "Candidate" c JOIN unnest(ids) AS u(id) ON c.id = u.id ORDER BY c.id FOR NO KEY UPDATE OF c;
  INSERT INTO "CandidateSummary" ("candidateId", "skillIds", "domainIds", "yearsOfExperience",
                                  "testCount", "testSum", "ratingCount", "ratingSum", "quizCount", "quizSum", "quizOlderSum", "quizNewerSum", "badgeCount",
                                  "portfolioSkillIds", "portfolioItemSizes", "positionDomainIds", "positionStarts", "positionEnds",
                                  "skillBits", "impliedSkillBits")
  SELECT c.id, ARRAY(SELECT s FROM unnest(k.listed || k.implied) AS s ORDER BY s),
         coalesce((SELECT array_agg("domainId" ORDER BY "domainId") FROM "CandidateDomain" WHERE "candidateId" = c.id), '{}'),
         c."yearsOfExperience",
         n."testCount", n."testSum", n."ratingCount", n."ratingSum", n."quizCount", n."quizSum", n."quizOlderSum", n."quizNewerSum", n."badgeCount",
         p."skillIds", p.sizes, e."domainIds", e.starts, e.ends,
         candidate_summary_bits(k.listed), candidate_summary_bits(k.implied)
  FROM "Candidate" c JOIN unnest(ids) AS u(id) ON c.id = u.id, candidate_summary_counts(c.id) n, candidate_summary_skills(c.id) k,
       candidate_summary_portfolio(c.id) p, candidate_summary_positions(c.id) e
  ON CONFLICT ("candidateId") DO UPDATE SET
    "skillIds" = EXCLUDED."skillIds", "domainIds" = EXCLUDED."domainIds", "yearsOfExperience" = EXCLUDED."yearsOfExperience",
    "testCount" = EXCLUDED."testCount", "testSum" = EXCLUDED."testSum", "ratingCount" = EXCLUDED."ratingCount", "ratingSum" = EXCLUDED."ratingSum",
    "quizCount" = EXCLUDED."quizCount", "quizSum" = EXCLUDED."quizSum", "quizOlderSum" = EXCLUDED."quizOlderSum",
    "quizNewerSum" = EXCLUDED."quizNewerSum", "badgeCount" = EXCLUDED."badgeCount",
    "portfolioSkillIds" = EXCLUDED."portfolioSkillIds", "portfolioItemSizes" = EXCLUDED."portfolioItemSizes",
    "positionDomainIds" = EXCLUDED."positionDomainIds", "positionStarts" = EXCLUDED."positionStarts", "positionEnds" = EXCLUDED."positionEnds",
    "skillBits" = EXCLUDED."skillBits", "impliedSkillBits" = EXCLUDED."impliedSkillBits";
END $$;

DROP FUNCTION candidate_summary_scores(UUID);

-- The candidates already there.
SELECT refresh_candidate_summary(ARRAY(SELECT id FROM "Candidate"));

ALTER TABLE "CandidateSummary" ALTER COLUMN "badgeCount" DROP DEFAULT,
ALTER COLUMN "impliedSkillBits" DROP DEFAULT,
ALTER COLUMN "quizCount" DROP DEFAULT,
ALTER COLUMN "quizNewerSum" DROP DEFAULT,
ALTER COLUMN "quizOlderSum" DROP DEFAULT,
ALTER COLUMN "quizSum" DROP DEFAULT,
ALTER COLUMN "ratingCount" DROP DEFAULT,
ALTER COLUMN "ratingSum" DROP DEFAULT,
ALTER COLUMN "testCount" DROP DEFAULT,
ALTER COLUMN "testSum" DROP DEFAULT;
