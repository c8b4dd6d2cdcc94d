import type { DbClient } from "../db";
import { tablesOf, type CatalogKind } from "./catalog-kind";
import { skillKey } from "./skill-key";

export type Entry = { id: number; key: string; name: string };

/**
 * Moves everything that names `from` over to `into`, then deletes `from`, whose key becomes an
 * alias of `into`: candidates' and jobs' rows (keeping what they wrote, so "k8" still shows as
 * written), portfolio items and positions, aliases and implications. Statement-level triggers
 * keep the candidates' summaries current. Runs inside the caller's transaction.
 */
export async function mergeEntry(
  tx: DbClient,
  kind: CatalogKind,
  from: Entry,
  into: Entry,
  source: "CATALOGUE" | "OPERATOR",
): Promise<void> {
  // The spelling as written becomes an alias, unless it is only the canonical name in another form.
  const aliasKey = skillKey(from.name);
  const written = aliasKey === into.key ? null : from.name;
  if (kind === "skill") await moveSkillRows(tx, from, into, written);
  else await moveDomainRows(tx, from, into);
  const { entry, alias, foreignKey } = tablesOf(kind);
  await tx.$executeRaw`UPDATE ${alias} SET ${foreignKey} = ${into.id} WHERE ${foreignKey} = ${from.id}`;
  await tx.$executeRaw`DELETE FROM ${entry} WHERE id = ${from.id}`;
  if (aliasKey && written !== null) {
    await tx.$executeRaw`
      INSERT INTO ${alias} (key, ${foreignKey}, spelling, source)
      VALUES (${aliasKey}, ${into.id}, ${from.name}, ${source}::"TaxonomySource")
      ON CONFLICT (key) DO NOTHING`;
  }
}

async function moveSkillRows(tx: DbClient, from: Entry, into: Entry, spelling: string | null) {
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
}

async function moveDomainRows(tx: DbClient, from: Entry, into: Entry) {
  await tx.$executeRaw`
    INSERT INTO "CandidateDomain" ("candidateId", "domainId")
    SELECT "candidateId", ${into.id} FROM "CandidateDomain" WHERE "domainId" = ${from.id}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`DELETE FROM "CandidateDomain" WHERE "domainId" = ${from.id}`;
  await tx.$executeRaw`
    INSERT INTO "JobDomain" ("jobId", "domainId") SELECT "jobId", ${into.id} FROM "JobDomain" WHERE "domainId" = ${from.id}
    ON CONFLICT DO NOTHING`;
  await tx.$executeRaw`DELETE FROM "JobDomain" WHERE "domainId" = ${from.id}`;
  await tx.$executeRaw`UPDATE "Experience" SET "domainId" = ${into.id} WHERE "domainId" = ${from.id}`;
}
