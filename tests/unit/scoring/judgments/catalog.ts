// The skills and domains the judgments are written with, by name: each gets a fixed id, and
// the curated implications of the real catalogue (data/taxonomy) that these jobs touch.
const SKILL_NAMES = [
  "TypeScript",
  "JavaScript",
  "React",
  "Next.js",
  "Jest",
  "Playwright",
  "GraphQL",
  "Figma",
  "CSS",
  "Tailwind CSS",
  "Node.js",
  "PostgreSQL",
  "SQL",
  "Kafka",
  "AWS",
  "Docker",
  "Redis",
  "Python",
  "Apache Spark",
  "Airflow",
  "dbt",
  "Snowflake",
  "Pandas",
  "Kubernetes",
  "Terraform",
  "Go",
  "Prometheus",
  "Linux",
] as const;
const DOMAIN_NAMES = ["Fintech", "E-commerce", "Healthcare", "Insurance", "SaaS", "Education", "Media", "Logistics"] as const;

export type Skill = (typeof SKILL_NAMES)[number];
export type Domain = (typeof DOMAIN_NAMES)[number];

/** A specific skill stands for a general one, never the other way (SkillClosure). */
const IMPLIES: Partial<Record<Skill, readonly Skill[]>> = {
  TypeScript: ["JavaScript"],
  "Next.js": ["React"],
  React: ["JavaScript"],
  PostgreSQL: ["SQL"],
};

export const skillId = (name: Skill) => SKILL_NAMES.indexOf(name) + 1;
export const domainId = (name: Domain) => DOMAIN_NAMES.indexOf(name) + 101;

/** The skills `listed` implies and does not list, each with the listed skill implying it (the smallest id, as SkillClosure keeps). */
export function impliedBy(listed: readonly Skill[]): Map<number, number> {
  const implied = new Map<number, number>();
  for (const from of [...listed].sort((a, b) => skillId(a) - skillId(b))) {
    const stack = [...(IMPLIES[from] ?? [])];
    for (let general = stack.pop(); general !== undefined; general = stack.pop()) {
      if (!listed.includes(general) && !implied.has(skillId(general))) implied.set(skillId(general), skillId(from));
      stack.push(...(IMPLIES[general] ?? []));
    }
  }
  return implied;
}
