import type { Catalog } from "../catalog/load-catalog";
import { mentionedSkills } from "../catalog/mentioned-skills";
import type { Db } from "../db";
import type { JobStatus } from "../generated/prisma/enums";
import { tokenize } from "../scoring/tokenize";
import type { JobFeatures } from "../scoring/types";

export type LoadedJob = {
  id: string;
  externalId: string | null;
  workspaceId: string;
  workspaceSlug: string;
  title: string;
  description: string;
  status: JobStatus;
  features: JobFeatures;
};

/** Jobs with their scoring features, in a stable order (workspace, title, id). */
export async function loadJobs(db: Db, catalog: Catalog, where: { ids?: string[]; status?: JobStatus }): Promise<LoadedJob[]> {
  const jobs = await db.job.findMany({
    where: { ...(where.ids ? { id: { in: where.ids } } : {}), ...(where.status ? { status: where.status } : {}) },
    include: { skills: true, domains: true, workspace: { select: { slug: true } } },
    orderBy: [{ workspace: { slug: "asc" } }, { title: "asc" }, { id: "asc" }],
  });
  return jobs.map((job) => {
    const text = `${job.title}\n${job.description}`;
    return {
      id: job.id,
      externalId: job.externalId,
      workspaceId: job.workspaceId,
      workspaceSlug: job.workspace.slug,
      title: job.title,
      description: job.description,
      status: job.status,
      features: {
        requiredSkillIds: job.skills
          .filter((skill) => skill.required)
          .map((skill) => skill.skillId)
          .sort((a, b) => a - b),
        niceToHaveSkillIds: job.skills
          .filter((skill) => !skill.required)
          .map((skill) => skill.skillId)
          .sort((a, b) => a - b),
        domainIds: job.domains.map((domain) => domain.domainId).sort((a, b) => a - b),
        // Only a required skill can be a must-have (the import refuses the others).
        mustHaveSkillIds: job.skills
          .filter((skill) => skill.required && skill.mustHave)
          .map((skill) => skill.skillId)
          .sort((a, b) => a - b),
        minSkillsCoverage: job.minSkillsCoverage,
        minYearsExperience: job.minYearsExperience,
        mentionedSkillIds: mentionedSkills(text, catalog),
        textTokens: new Set(tokenize(text)),
      },
    };
  });
}
