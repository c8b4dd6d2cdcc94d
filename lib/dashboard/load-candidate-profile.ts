import { loadCatalog } from "../catalog/load-catalog";
import type { Db } from "../db";
import type { Breakdown } from "../scoring/types";
import { isUuid } from "../validation/is-uuid";
import type { Names } from "./explain-criteria";

export type CandidateProfile = NonNullable<Awaited<ReturnType<typeof loadCandidateProfile>>>;

/**
 * A candidate's whole profile as seen from one job of one workspace. Candidates are a shared
 * pool, so a recruiter sees a profile only through a matching of their own workspace's job:
 * anything else is not found.
 */
export async function loadCandidateProfile(db: Db, workspaceId: string, jobId: string, candidateId: string) {
  if (!isUuid(jobId) || !isUuid(candidateId)) return null;
  const matching = await db.candidateMatching.findFirst({
    where: { jobId, candidateId, job: { workspaceId } },
    select: {
      id: true,
      rank: true,
      matchScore: true,
      breakdown: true,
      aiReason: true,
      aiReasonSource: true,
      status: true,
      candidate: {
        select: {
          id: true,
          name: true,
          email: true,
          headline: true,
          summary: true,
          yearsOfExperience: true,
          skills: { select: { spelling: true, skill: { select: { id: true, name: true } } } },
          domains: { select: { domain: { select: { id: true, name: true } } } },
          experiences: {
            select: { id: true, title: true, company: true, startDate: true, endDate: true, domain: { select: { name: true } } },
            orderBy: { startDate: "desc" },
          },
          portfolio: { select: { id: true, title: true, url: true, skillIds: true } },
          technicalTests: { select: { id: true, name: true, score: true, completedAt: true }, orderBy: { completedAt: "desc" } },
          feedbacks: { select: { id: true, rating: true, comment: true, createdAt: true }, orderBy: { createdAt: "desc" } },
          quizzes: { select: { id: true, topic: true, score: true, completedAt: true }, orderBy: { completedAt: "asc" } },
          badges: { select: { id: true, name: true, awardedAt: true }, orderBy: { awardedAt: "desc" } },
          responses: { where: { jobId }, select: { coverLetter: true, screeningScore: true, interviewScore: true, createdAt: true } },
          // The same workspace's other jobs only: another workspace's matchings are not this recruiter's to see.
          matchings: {
            where: { jobId: { not: jobId }, job: { workspaceId } },
            select: { rank: true, status: true, matchScore: true, job: { select: { id: true, title: true, status: true } } },
            orderBy: [{ rank: { sort: "asc", nulls: "last" } }, { matchScore: "desc" }],
          },
        },
      },
    },
  });
  if (!matching) return null;
  // The breakdown and the portfolio refer to skills and domains by id: the catalog names them all.
  const catalog = await loadCatalog(db);
  const names: Names = {
    skill: (id) => catalog.skills.get(id)?.name ?? `#${id}`,
    domain: (id) => catalog.domains.get(id)?.name ?? `#${id}`,
  };
  const { responses, matchings, ...candidate } = matching.candidate;
  return {
    ...matching,
    candidate,
    response: responses[0] ?? null,
    otherMatchings: matchings.map(({ job, ...row }) => ({ ...row, jobId: job.id, jobTitle: job.title, jobStatus: job.status })),
    breakdown: matching.breakdown as unknown as Breakdown,
    names,
  };
}
