import type { Db } from "../db";
import type { JobStatus } from "../generated/prisma/enums";

export type JobOverview = {
  id: string;
  externalId: string | null;
  title: string;
  status: string;
  matchingsCount: number;
  bestScore: number | null;
  lastRun: { at: string; trigger: string; status: string } | null;
};

export type JobFilter = { status?: JobStatus; titleContains?: string };

// As people sort titles: "iOS engineer" between "Go" and "Java", not after every capital.
const titleOrder = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/** A workspace's jobs by title, with their ranked matchings count, best score and last run, in two queries. */
export async function jobOverview(db: Db, workspaceId: string, filter: JobFilter = {}): Promise<JobOverview[]> {
  const [jobs, stats] = await Promise.all([
    db.job.findMany({
      where: {
        workspaceId,
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.titleContains ? { title: { contains: filter.titleContains, mode: "insensitive" as const } } : {}),
      },
      select: {
        id: true,
        externalId: true,
        title: true,
        status: true,
        runs: { select: { startedAt: true, trigger: true, status: true }, orderBy: { startedAt: "desc" }, take: 1 },
      },
      orderBy: { id: "asc" },
    }),
    db.candidateMatching.groupBy({
      by: ["jobId"],
      where: { rank: { not: null }, job: { workspaceId } },
      _count: { _all: true },
      _max: { matchScore: true },
    }),
  ]);
  const byJob = new Map(stats.map((row) => [row.jobId, row]));
  jobs.sort((a, b) => titleOrder.compare(a.title, b.title));
  return jobs.map((job) => {
    const run = job.runs[0];
    return {
      id: job.id,
      externalId: job.externalId,
      title: job.title,
      status: job.status,
      matchingsCount: byJob.get(job.id)?._count._all ?? 0,
      bestScore: byJob.get(job.id)?._max.matchScore ?? null,
      lastRun: run ? { at: run.startedAt.toISOString(), trigger: run.trigger, status: run.status } : null,
    };
  });
}
