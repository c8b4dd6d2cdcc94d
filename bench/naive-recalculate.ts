import { loadCatalog } from "../lib/catalog/load-catalog";
import type { Db } from "../lib/db";
import { buildReason } from "../lib/matching/build-reason";
import { loadJobs } from "../lib/matching/load-jobs";
import { coverageOf } from "../lib/matching/write-matching-rows";
import { compareScored, type Scored } from "../lib/scoring/rank-candidates";
import { scoreCandidate } from "../lib/scoring/score-candidate";
import { NAIVE_INCLUDE, naiveFeatures, naiveImplications } from "./naive-features";

const TOP = 50;

/**
 * The baseline, written as the origin of this product did it, for comparison only: for each
 * active job, load every candidate with all relations through Prisma, score them all in
 * JavaScript (implied skills from the implications closed in JavaScript), delete the job's
 * matchings and insert the new top 50. No status rules, no lock. With `jobIds`, only those
 * active jobs (a sample, to extrapolate from); `onReady` is called once the set-up shared by all
 * jobs is done, before the first job.
 */
export async function naiveRecalculateAll(db: Db, options: { jobIds?: string[]; onReady?: () => void } = {}): Promise<{ jobs: number }> {
  const catalog = await loadCatalog(db);
  const jobs = await loadJobs(db, catalog, { status: "ACTIVE", ...(options.jobIds ? { ids: options.jobIds } : {}) });
  const implications = await naiveImplications(db);
  options.onReady?.();
  for (const job of jobs) {
    const asOf = new Date();
    const candidates = await db.candidate.findMany({ include: NAIVE_INCLUDE });
    const responses = await db.response.findMany({ where: { jobId: job.id } });
    const byCandidate = new Map(responses.map((response) => [response.candidateId, response]));
    const scored: Scored[] = [];
    for (const candidate of candidates) {
      const breakdown = scoreCandidate(job.features, naiveFeatures(candidate, asOf, implications), byCandidate.get(candidate.id));
      if (breakdown.eligible) scored.push({ candidateId: candidate.id, breakdown });
    }
    const top = scored.sort(compareScored).slice(0, TOP);
    await db.candidateMatching.deleteMany({ where: { jobId: job.id } });
    await db.candidateMatching.createMany({
      data: top.map((entry, index) => ({
        jobId: job.id,
        candidateId: entry.candidateId,
        matchScore: entry.breakdown.matchScore,
        skillsMatch: entry.breakdown.criteria.skills,
        domainMatch: entry.breakdown.criteria.domains,
        experienceMatch: entry.breakdown.criteria.experience,
        requiredCoverage: coverageOf(entry.breakdown),
        breakdown: entry.breakdown,
        rank: index + 1,
        aiReason: buildReason(entry.breakdown, catalog),
      })),
    });
  }
  return { jobs: jobs.length };
}
