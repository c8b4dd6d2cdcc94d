import type { DbTransaction } from "../../db";
import { plural } from "../../text/plural";
import type { ChangeOutcome } from "../change-taxonomy";
import { skillKey } from "../skill-key";

/**
 * Takes an alias out. Candidates and jobs that wrote that spelling get a skill of their own
 * again (seen, unresolved), as if the alias had never existed; a shipped alias stays out of
 * later syncs of the shipped catalogue.
 */
export async function removeAlias(tx: DbTransaction, spelling: string): Promise<ChangeOutcome> {
  const key = skillKey(spelling);
  const alias = await tx.skillAlias.findUnique({ where: { key }, include: { skill: { select: { name: true } } } });
  if (!alias) return { changed: false, message: `"${spelling}" is not an alias`, skillIds: [] };
  await tx.skillAlias.delete({ where: { key } });
  if (alias.source === "CATALOGUE")
    await tx.taxonomyRemoval.upsert({
      where: { kind_key: { kind: "skill-alias", key } },
      create: { kind: "skill-alias", key },
      update: {},
    });

  const writers = <T extends { spelling: string | null }>(rows: T[]) =>
    rows.filter((row) => row.spelling !== null && skillKey(row.spelling) === key);
  const candidates = writers(await tx.candidateSkill.findMany({ where: { skillId: alias.skillId, spelling: { not: null } } }));
  const jobs = writers(await tx.jobSkill.findMany({ where: { skillId: alias.skillId, spelling: { not: null } } }));
  const note = `"${spelling}" no longer means ${alias.skill.name}`;
  if (candidates.length === 0 && jobs.length === 0) return { changed: true, message: note, skillIds: [alias.skillId] };

  const own = await tx.skill.create({ data: { key, name: alias.spelling, source: "SEEN" } });
  await tx.candidateSkill.deleteMany({ where: { skillId: alias.skillId, candidateId: { in: candidates.map((row) => row.candidateId) } } });
  await tx.candidateSkill.createMany({
    data: candidates.map((row) => ({ candidateId: row.candidateId, skillId: own.id })),
    skipDuplicates: true,
  });
  await tx.jobSkill.deleteMany({ where: { skillId: alias.skillId, jobId: { in: jobs.map((row) => row.jobId) } } });
  await tx.jobSkill.createMany({
    data: jobs.map((row) => ({ jobId: row.jobId, skillId: own.id, required: row.required })),
    skipDuplicates: true,
  });
  return {
    changed: true,
    message:
      `${note}: ${plural(candidates.length, "candidate")} and ${plural(jobs.length, "job")} ` +
      `that wrote it have "${alias.spelling}" again`,
    skillIds: [alias.skillId, own.id],
  };
}
