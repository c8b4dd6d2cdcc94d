import type { Db } from "../db";

export type Catalog = {
  skills: ReadonlyMap<number, { key: string; name: string }>;
  domains: ReadonlyMap<number, { key: string; name: string }>;
};

/** Every skill and domain (a few hundred rows): loaded once per run for names and mentions. */
export async function loadCatalog(db: Db): Promise<Catalog> {
  const [skills, domains] = await Promise.all([db.skill.findMany(), db.domain.findMany()]);
  return {
    skills: new Map(skills.map((skill) => [skill.id, { key: skill.key, name: skill.name }])),
    domains: new Map(domains.map((domain) => [domain.id, { key: domain.key, name: domain.name }])),
  };
}
