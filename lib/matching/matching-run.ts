import { Prisma, type Db, type DbClient } from "../db";

export type RunCounts = { jobsProcessed: number; candidatesConsidered: number; matchingsWritten: number };

type Start = {
  scope: "JOB" | "ALL" | "CANDIDATE";
  trigger: string;
  jobId?: string;
  workspaceId?: string;
  candidateId?: string;
  parentId?: string;
};

/**
 * A run still RUNNING this long after it (and its latest part) started has lost its process: a
 * job's save gives up after a minute, so a live run never comes near it.
 */
export const ABANDONED_AFTER_MINUTES = 30;

export const ABANDONED_ERROR =
  `Abandoned: no result ${ABANDONED_AFTER_MINUTES} minutes after it started (its process stopped); ` +
  "the list it was replacing was kept.";

/**
 * Opens a MatchingRun row; the caller ends it with finishRun whatever happens. A process killed
 * mid-run cannot end its row, so the next run of the same target ends it as FAILED instead.
 */
export async function startRun(db: Db, start: Start): Promise<string> {
  await endAbandonedRuns(db, start);
  const run = await db.matchingRun.create({
    data: {
      scope: start.scope,
      trigger: start.trigger,
      jobId: start.jobId ?? null,
      workspaceId: start.workspaceId ?? null,
      candidateId: start.candidateId ?? null,
      parentId: start.parentId ?? null,
    },
    select: { id: true },
  });
  return run.id;
}

// Scoped to the run's own target (by index), so starting a run stays cheap however many runs are kept.
async function endAbandonedRuns(db: Db, start: Start): Promise<void> {
  const target =
    start.scope === "JOB" && start.jobId
      ? Prisma.sql`r."jobId" = ${start.jobId}::uuid`
      : start.scope === "CANDIDATE" && start.candidateId
        ? Prisma.sql`r."candidateId" = ${start.candidateId}::uuid`
        : Prisma.sql`r.scope = 'ALL'`;
  const cutoff = Prisma.sql`now() - make_interval(mins => ${ABANDONED_AFTER_MINUTES})`;
  await db.$executeRaw`
    UPDATE "MatchingRun" r SET status = 'FAILED', "finishedAt" = now(), error = ${ABANDONED_ERROR}
    WHERE ${target} AND r.status = 'RUNNING' AND r."startedAt" < ${cutoff}
      AND NOT EXISTS (SELECT 1 FROM "MatchingRun" c WHERE c."parentId" = r.id AND c."startedAt" >= ${cutoff})`;
}

export async function finishRun(db: Db, runId: string, counts: RunCounts, error?: unknown): Promise<void> {
  await db.matchingRun.update({
    where: { id: runId },
    data: {
      ...counts,
      status: error === undefined ? "SUCCEEDED" : "FAILED",
      finishedAt: new Date(),
      error: error === undefined ? null : error instanceof Error ? error.message : String(error),
    },
  });
}

export type FinishedJobRun = RunCounts & {
  id: string;
  parentId: string;
  trigger: string;
  jobId: string;
  workspaceId: string;
  startedAt: Date;
};

/**
 * Records job runs that succeeded, in one statement, inside the transaction that saved their
 * lists: a group of jobs saved together needs no RUNNING row per job, and a group that fails
 * leaves none behind (its jobs are then run one by one, each with its own row).
 */
export async function recordJobRuns(db: DbClient, runs: readonly FinishedJobRun[]): Promise<void> {
  const finishedAt = new Date();
  await db.matchingRun.createMany({
    data: runs.map((run) => ({ ...run, scope: "JOB" as const, status: "SUCCEEDED" as const, finishedAt })),
  });
}
