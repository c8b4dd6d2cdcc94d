import type { Prisma } from "../generated/prisma/client";
import type { MatchingItem } from "./matching-schemas";

/** What a matching row must include to be shown through the API. */
export const matchingInclude = {
  candidate: {
    select: {
      id: true,
      externalId: true,
      name: true,
      headline: true,
      skills: { select: { skill: { select: { name: true } } } },
      domains: { select: { domain: { select: { name: true } } } },
    },
  },
} satisfies Prisma.CandidateMatchingInclude;

type Row = Prisma.CandidateMatchingGetPayload<{ include: typeof matchingInclude }>;

export function serializeMatching(row: Row): MatchingItem {
  return {
    id: row.id,
    jobId: row.jobId,
    rank: row.rank,
    matchScore: row.matchScore,
    skillsMatch: row.skillsMatch,
    domainMatch: row.domainMatch,
    experienceMatch: row.experienceMatch,
    breakdown: row.breakdown as Record<string, unknown>,
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
