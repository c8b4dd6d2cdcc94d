-- Must-have skills and a minimum share of required skills (docs/scoring.md#eligibility).
ALTER TABLE "Job" ADD COLUMN "minSkillsCoverage" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "JobSkill" ADD COLUMN "mustHave" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "CandidateMatching" ADD COLUMN "requiredCoverage" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- Rows written before this migration: the share from their stored evidence, as a recalculation
-- would write it (matched required skills, implied ones included, over all required ones).
UPDATE "CandidateMatching" SET "requiredCoverage" = round((100.0 * m.matched / (m.matched + m.missing))::numeric, 1)::float8
FROM (
  SELECT id,
    coalesce(jsonb_array_length(breakdown->'evidence'->'matchedRequiredSkillIds'), 0) AS matched,
    coalesce(jsonb_array_length(breakdown->'evidence'->'missingRequiredSkillIds'), 0) AS missing
  FROM "CandidateMatching"
) m
WHERE m.id = "CandidateMatching".id AND m.matched + m.missing > 0;
