import { loadCatalog } from "../lib/catalog/load-catalog";
import type { Db } from "../lib/db";
import { loadJobs } from "../lib/matching/load-jobs";
import { compareScored, type Scored } from "../lib/scoring/rank-candidates";
import { scoreCandidate } from "../lib/scoring/score-candidate";
import { NAIVE_INCLUDE, naiveFeatures, naiveImplications } from "./naive-features";

export type TopEntry = { candidateId: string; matchScore: number };

const TOP = 50;
const PAGE = 5000;

/**
 * The top 50 of the given jobs computed the naive way (every candidate through Prisma with all
 * relations, scored in JavaScript), page by page so it runs at any size. Independent of the
 * product's SQL pre-filter, feature loader and skill closure: it is what the product is checked
 * against.
 */
export async function referenceTop(db: Db, jobIds: string[]): Promise<Map<string, TopEntry[]>> {
  const jobs = await loadJobs(db, await loadCatalog(db), { ids: jobIds });
  const responses = await db.response.findMany({ where: { jobId: { in: jobIds } } });
  const best = new Map<string, Scored[]>(jobs.map((job) => [job.id, []]));
  const implications = await naiveImplications(db);
  const asOf = new Date();
  let cursor: string | undefined;
  for (;;) {
    const page = await db.candidate.findMany({
      include: NAIVE_INCLUDE,
      orderBy: { id: "asc" },
      take: PAGE,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) break;
    cursor = page[page.length - 1]!.id;
    for (const candidate of page) {
      const features = naiveFeatures(candidate, asOf, implications);
      for (const job of jobs) {
        const response = responses.find((r) => r.jobId === job.id && r.candidateId === candidate.id);
        const breakdown = scoreCandidate(job.features, features, response);
        if (breakdown.eligible) best.get(job.id)!.push({ candidateId: candidate.id, breakdown });
      }
    }
    for (const [jobId, list] of best) best.set(jobId, list.sort(compareScored).slice(0, TOP));
  }
  return new Map(
    [...best].map(([jobId, list]) => [
      jobId,
      list.map((entry) => ({ candidateId: entry.candidateId, matchScore: entry.breakdown.matchScore })),
    ]),
  );
}

/**
 * Same candidates in the same order with the same scores. Scores may differ by one cent: open
 * positions run to "now", which moves between the two computations.
 */
export function sameTop(a: readonly TopEntry[], b: readonly TopEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((entry, i) => entry.candidateId === b[i]!.candidateId && Math.abs(entry.matchScore - b[i]!.matchScore) <= 0.0100001)
  );
}
