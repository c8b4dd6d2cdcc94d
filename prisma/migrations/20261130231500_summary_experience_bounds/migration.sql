-- AlterTable
ALTER TABLE "CandidateSummary" ADD COLUMN     "portfolioItemSizes" INTEGER[],
ADD COLUMN     "portfolioSkillIds" INTEGER[],
ADD COLUMN     "positionDomainIds" INTEGER[],
ADD COLUMN     "positionEnds" DOUBLE PRECISION[],
ADD COLUMN     "positionStarts" DOUBLE PRECISION[],
ADD COLUMN     "skillBits" BYTEA NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "CandidateSummary_skillIds_idx" ON "CandidateSummary" USING GIN ("skillIds");

-- CreateIndex
CREATE INDEX "CandidateSummary_domainIds_idx" ON "CandidateSummary" USING GIN ("domainIds");

-- What the single-job recalculation needs to bound the experience criterion closely: the
-- portfolio (the exact count of items using a job's skills) and the positions with a domain (an
-- upper bound of years in a job's domains, computed at ranking time since open positions run to
-- today); and the skills as a bitmap, which get_bit reads without searching an array once per job
-- skill. See lib/matching/find-contenders.ts.

-- Bit n (of byte n / 8, least significant first, as get_bit counts) set for each id n >= 0.
CREATE FUNCTION candidate_summary_bits(ids INTEGER[]) RETURNS BYTEA LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  bits BYTEA;
  id INTEGER;
BEGIN
  SELECT decode(repeat('00', coalesce(max(x) / 8 + 1, 0)), 'hex') INTO bits FROM unnest(ids) AS u(x) WHERE x >= 0;
  FOREACH id IN ARRAY coalesce(ids, '{}') LOOP
    IF id >= 0 THEN bits := set_bit(bits, id, 1); END IF;
  END LOOP;
  RETURN bits;
END $$;

-- Every item's skill ids, item after item, and how many each item has.
CREATE FUNCTION candidate_summary_portfolio(cid UUID, OUT "skillIds" INTEGER[], OUT sizes INTEGER[])
LANGUAGE sql STABLE AS $$
  SELECT
    coalesce((SELECT array_agg(u.skill ORDER BY p.id, u.i) FROM "PortfolioItem" p, unnest(p."skillIds") WITH ORDINALITY AS u(skill, i) WHERE p."candidateId" = cid), '{}'),
    coalesce((SELECT array_agg(coalesce(cardinality(p."skillIds"), 0) ORDER BY p.id) FROM "PortfolioItem" p WHERE p."candidateId" = cid), '{}')
$$;

-- Positions with a domain: domain, start and end in milliseconds since 1970 (timestamps are UTC);
-- an open position ends at 8.64e15, the last date JavaScript can hold, so min(end, now) is today.
CREATE FUNCTION candidate_summary_positions(cid UUID, OUT "domainIds" INTEGER[], OUT starts DOUBLE PRECISION[], OUT ends DOUBLE PRECISION[])
LANGUAGE sql STABLE AS $$
  SELECT
    coalesce(array_agg("domainId" ORDER BY id), '{}'),
    coalesce(array_agg((extract(epoch FROM "startDate") * 1000)::float8 ORDER BY id), '{}'),
    coalesce(array_agg(coalesce((extract(epoch FROM "endDate") * 1000)::float8, 8.64e15) ORDER BY id), '{}')
  FROM "Experience" WHERE "candidateId" = cid AND "domainId" IS NOT NULL
$$;

CREATE OR REPLACE FUNCTION refresh_candidate_summary(ids UUID[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- Two transactions changing one candidate's tables at once would each compute from a snapshot
  -- without the other's rows: the candidate's row lock serialises them, and each statement of
  -- this function then reads what the other committed.
  PERFORM 1 FROM "Candidate" c JOIN unnest(ids) AS u(id) ON c.id = u.id ORDER BY c.id FOR NO KEY UPDATE OF c;
  INSERT INTO "CandidateSummary" ("candidateId", "skillIds", "domainIds", "yearsOfExperience", feedback, quizzes, progression, badges,
                                  "portfolioSkillIds", "portfolioItemSizes", "positionDomainIds", "positionStarts", "positionEnds", "skillBits")
  SELECT c.id, k.ids,
         coalesce((SELECT array_agg("domainId" ORDER BY "domainId") FROM "CandidateDomain" WHERE "candidateId" = c.id), '{}'),
         c."yearsOfExperience", s.feedback, s.quizzes, s.progression, s.badges,
         p."skillIds", p.sizes, e."domainIds", e.starts, e.ends, candidate_summary_bits(k.ids)
  FROM "Candidate" c JOIN unnest(ids) AS u(id) ON c.id = u.id, candidate_summary_scores(c.id) s,
       candidate_summary_portfolio(c.id) p, candidate_summary_positions(c.id) e,
       LATERAL (SELECT coalesce(array_agg("skillId" ORDER BY "skillId"), '{}') AS ids FROM "CandidateSkill" WHERE "candidateId" = c.id) k
  ON CONFLICT ("candidateId") DO UPDATE SET
    "skillIds" = EXCLUDED."skillIds", "domainIds" = EXCLUDED."domainIds", "yearsOfExperience" = EXCLUDED."yearsOfExperience",
    feedback = EXCLUDED.feedback, quizzes = EXCLUDED.quizzes, progression = EXCLUDED.progression, badges = EXCLUDED.badges,
    "portfolioSkillIds" = EXCLUDED."portfolioSkillIds", "portfolioItemSizes" = EXCLUDED."portfolioItemSizes",
    "positionDomainIds" = EXCLUDED."positionDomainIds", "positionStarts" = EXCLUDED."positionStarts", "positionEnds" = EXCLUDED."positionEnds",
    "skillBits" = EXCLUDED."skillBits";
END $$;

CREATE TRIGGER candidate_summary_insert AFTER INSERT ON "Experience" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed();
CREATE TRIGGER candidate_summary_update AFTER UPDATE ON "Experience" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed();
CREATE TRIGGER candidate_summary_delete AFTER DELETE ON "Experience" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed();
CREATE TRIGGER candidate_summary_insert AFTER INSERT ON "PortfolioItem" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed();
CREATE TRIGGER candidate_summary_update AFTER UPDATE ON "PortfolioItem" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed();
CREATE TRIGGER candidate_summary_delete AFTER DELETE ON "PortfolioItem" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_summary_changed();

-- The candidates already there.
UPDATE "CandidateSummary" cs
SET ("portfolioSkillIds", "portfolioItemSizes") = (SELECT * FROM candidate_summary_portfolio(cs."candidateId")),
    ("positionDomainIds", "positionStarts", "positionEnds") = (SELECT * FROM candidate_summary_positions(cs."candidateId")),
    "skillBits" = candidate_summary_bits(cs."skillIds");
ALTER TABLE "CandidateSummary" ALTER COLUMN "skillBits" DROP DEFAULT;
