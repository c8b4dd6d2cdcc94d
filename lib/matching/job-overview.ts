import type { Db } from "../db";

export type JobOverview = {
  id: string;
  workspace: string;
  title: string;
  status: string;
  matchings: number;
  bestScore: number | null;
  lastRunAt: Date | null;
};

/** Every job with its ranked matchings count, best score and last recalculation, in two queries. */
export async function jobOverview(db: Db): Promise<JobOverview[]> {
  const [jobs, stats] = await Promise.all([
    db.job.findMany({
      select: {
        id: true,
        title: true,
        status: true,
        workspace: { select: { slug: true } },
        runs: { select: { startedAt: true }, orderBy: { startedAt: "desc" }, take: 1 },
      },
      orderBy: [{ workspace: { slug: "asc" } }, { title: "asc" }],
    }),
    db.candidateMatching.groupBy({ by: ["jobId"], where: { rank: { not: null } }, _count: { _all: true }, _max: { matchScore: true } }),
  ]);
  const byJob = new Map(stats.map((row) => [row.jobId, row]));
  return jobs.map((job) => ({
    id: job.id,
    workspace: job.workspace.slug,
    title: job.title,
    status: job.status,
    matchings: byJob.get(job.id)?._count._all ?? 0,
    bestScore: byJob.get(job.id)?._max.matchScore ?? null,
    lastRunAt: job.runs[0]?.startedAt ?? null,
  }));
}
