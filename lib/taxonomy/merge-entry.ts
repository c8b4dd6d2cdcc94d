import type { DbClient } from "../db";
import type { CatalogKind } from "./catalog-kind";
import { skillKey } from "./skill-key";

export type Entry = { id: number; key: string; name: string };

/**
 * Moves everything that names `from` over to `into`, then deletes `from`, whose key becomes an
 * alias of `into`: candidates' and jobs' rows (keeping what they wrote, so "k8" still shows as
 * written), portfolio items and positions, aliases and implications. Statement-level triggers
 * keep the candidates' summaries current. Runs inside the caller's transaction.
 */
export async function mergeEntry(tx: DbClient, kind: CatalogKind, from: Entry, into: Entry, source: "CATALOGUE" | "OPERATOR"): Promise<void> {
  if (kind === "skill") await mergeSkill(tx, from, into, source);
  else await mergeDomain(tx, from, into, source);
}

async function mergeSkill(tx: DbClient, from: Entry, into: Entry, source: "CATALOGUE" | "OPERATOR") {
  // What was written is kept only where it is not the canonical name in another form.
  const spelling = skillKey(from.name) === into.key ? null : from.name;
  const aliasKey = skillKey(from.name);
  await tx.$executeRaw`
    INSERT INTO "CandidateSkill" ("candidateId", "skillId", spelling)
    SELECT "candidateId", ${into.id}, coalesce(spelling, ${spelling}) FROM "CandidateSkill" WHERE "skillId" = ${from.id}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`DELETE FROM "CandidateSkill" WHERE "skillId" = ${from.id}`;
  await tx.$executeRaw`
    INSERT INTO "JobSkill" ("jobId", "skillId", required, spelling)
    SELECT "jobId", ${into.id}, required, coalesce(spelling, ${spelling}) FROM "JobSkill" WHERE "skillId" = ${from.id}
    ON CONFLICT ("jobId", "skillId") DO UPDATE SET required = "JobSkill".required OR EXCLUDED.required`;
  await tx.$executeRaw`DELETE FROM "JobSkill" WHERE "skillId" = ${from.id}`;
  await tx.$executeRaw`
    UPDATE "PortfolioItem" SET "skillIds" = ARRAY(SELECT DISTINCT unnest(array_replace("skillIds", ${from.id}, ${into.id})) ORDER BY 1)
    WHERE ${from.id} = ANY("skillIds")`;
  await tx.$executeRaw`
    UPDATE "Experience" SET "skillIds" = ARRAY(SELECT DISTINCT unnest(array_replace("skillIds", ${from.id}, ${into.id})) ORDER BY 1)
    WHERE ${from.id} = ANY("skillIds")`;
  await tx.$executeRaw`
    INSERT INTO "SkillImplication" ("skillId", "impliesId", source)
    SELECT ${into.id}, "impliesId", source FROM "SkillImplication" WHERE "skillId" = ${from.id} AND "impliesId" <> ${into.id}
    UNION ALL
    SELECT "skillId", ${into.id}, source FROM "SkillImplication" WHERE "impliesId" = ${from.id} AND "skillId" <> ${into.id}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`UPDATE "SkillAlias" SET "skillId" = ${into.id} WHERE "skillId" = ${from.id}`;
  await tx.$executeRaw`DELETE FROM "Skill" WHERE id = ${from.id}`;
  if (aliasKey && aliasKey !== into.key) {
    await tx.$executeRaw`
      INSERT INTO "SkillAlias" (key, "skillId", spelling, source) VALUES (${aliasKey}, ${into.id}, ${from.name}, ${source}::"TaxonomySource")
      ON CONFLICT (key) DO NOTHING`;
  }
}

async function mergeDomain(tx: DbClient, from: Entry, into: Entry, source: "CATALOGUE" | "OPERATOR") {
  await tx.$executeRaw`
    INSERT INTO "CandidateDomain" ("candidateId", "domainId") SELECT "candidateId", ${into.id} FROM "CandidateDomain" WHERE "domainId" = ${from.id}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`DELETE FROM "CandidateDomain" WHERE "domainId" = ${from.id}`;
  await tx.$executeRaw`
    INSERT INTO "JobDomain" ("jobId", "domainId") SELECT "jobId", ${into.id} FROM "JobDomain" WHERE "domainId" = ${from.id}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`DELETE FROM "JobDomain" WHERE "domainId" = ${from.id}`;
  await tx.$executeRaw`UPDATE "Experience" SET "domainId" = ${into.id} WHERE "domainId" = ${from.id}`;
  await tx.$executeRaw`UPDATE "DomainAlias" SET "domainId" = ${into.id} WHERE "domainId" = ${from.id}`;
  await tx.$executeRaw`DELETE FROM "Domain" WHERE id = ${from.id}`;
  const aliasKey = skillKey(from.name);
  if (aliasKey && aliasKey !== into.key) {
    await tx.$executeRaw`
      INSERT INTO "DomainAlias" (key, "domainId", spelling, source) VALUES (${aliasKey}, ${into.id}, ${from.name}, ${source}::"TaxonomySource")
      ON CONFLICT (key) DO NOTHING`;
  }
}
