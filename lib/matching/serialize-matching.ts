import type { Prisma } from "../generated/prisma/client";
import type { Evidence } from "../scoring/types";
import { skillLabeler } from "../taxonomy/skill-labeler";
import type { MatchingItem } from "./matching-schemas";

/** What a matching row must include to be shown through the API. */
export const matchingInclude = {
  candidate: {
    select: {
      id: true,
      externalId: true,
      name: true,
      headline: true,
      skills: { select: { skillId: true, skill: { select: { name: true } } } },
      domains: { select: { domain: { select: { name: true } } } },
    },
  },
  // The breakdown names skills by id: the job's own, and the candidate's listed ones implying them.
  job: { select: { skills: { select: { skillId: true, skill: { select: { name: true } } } } } },
} satisfies Prisma.CandidateMatchingInclude;

type Row = Prisma.CandidateMatchingGetPayload<{ include: typeof matchingInclude }>;

export function serializeMatching(row: Row): MatchingItem {
  const evidence = (row.breakdown as { evidence?: Partial<Evidence> }).evidence ?? {};
  const names = new Map([...row.job.skills, ...row.candidate.skills].map((entry) => [entry.skillId, entry.skill.name]));
  const { match } = skillLabeler(evidence, (id) => names.get(id) ?? `#${id}`);
  const matched = (ids: readonly number[] | undefined, required: boolean) => (ids ?? []).map((id) => ({ ...renamed(match(id)), required }));
  return {
    id: row.id,
    jobId: row.jobId,
    rank: row.rank,
    matchScore: row.matchScore,
    skillsMatch: row.skillsMatch,
    domainMatch: row.domainMatch,
    experienceMatch: row.experienceMatch,
    breakdown: row.breakdown as Record<string, unknown>,
    skillMatches: [...matched(evidence.matchedRequiredSkillIds, true), ...matched(evidence.matchedNiceToHaveSkillIds, false)],
    aiReason: row.aiReason,
    aiReasonSource: row.aiReasonSource === "GEMINI" ? "gemini" : "template",
    status: row.status,
    candidate: {
      id: row.candidate.id,
      externalId: row.candidate.externalId,
      name: row.candidate.name,
      headline: row.candidate.headline,
      skills: row.candidate.skills.map((s) => s.skill.name).sort(),
      domains: row.candidate.domains.map((d) => d.domain.name).sort(),
    },
    updatedAt: row.updatedAt.toISOString(),
  };
}

const renamed = ({ name, ...how }: { name: string; as: string | null; via: string | null }) => ({ skill: name, ...how });
