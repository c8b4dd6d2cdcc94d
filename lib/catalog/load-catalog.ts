import type { Db } from "../db";

type Named = { name: string };

export type Catalog = {
  skills: ReadonlyMap<number, Named>;
  domains: ReadonlyMap<number, Named>;
  /**
   * The skills some candidate or job lists, by the key of each of their spellings (name and
   * aliases): what a job's text may mention. Limited to skills in use, so that the catalogue's
   * thousand languages do not turn "go" or "less" in a sentence into a skill nobody has.
   */
  mentionable: ReadonlyMap<string, number>;
};

/** Every skill and domain (a few thousand rows): loaded once per run for names and mentions. */
export async function loadCatalog(db: Db): Promise<Catalog> {
  const [skills, domains, mentionable] = await Promise.all([
    db.skill.findMany({ select: { id: true, name: true } }),
    db.domain.findMany({ select: { id: true, name: true } }),
    db.$queryRaw<{ key: string; id: number }[]>`
      WITH used AS (
        SELECT DISTINCT "skillId" AS id FROM "JobSkill"
        UNION SELECT s.id FROM "Skill" s WHERE EXISTS (SELECT 1 FROM "CandidateSkill" c WHERE c."skillId" = s.id)
      )
      SELECT s.key, s.id FROM "Skill" s JOIN used USING (id)
      UNION ALL SELECT a.key, a."skillId" FROM "SkillAlias" a JOIN used ON used.id = a."skillId"`,
  ]);
  return {
    skills: new Map(skills.map((skill) => [skill.id, { name: skill.name }])),
    domains: new Map(domains.map((domain) => [domain.id, { name: domain.name }])),
    mentionable: new Map(mentionable.map((row) => [row.key, row.id])),
  };
}
