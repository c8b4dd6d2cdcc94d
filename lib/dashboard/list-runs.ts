import type { Db } from "../db";

export const RUNS_PAGE_SIZE = 50;

export type RunRow = {
  id: string;
  jobId: string | null;
  jobTitle: string | null;
  trigger: string;
  status: "RUNNING" | "SUCCEEDED" | "FAILED";
  /** What the run is a part of: a run over all jobs, one candidate's incremental matching, or nothing. */
  partOf: "ALL" | "CANDIDATE" | null;
  startedAt: Date;
  durationMs: number | null;
  candidatesConsidered: number;
  matchingsWritten: number;
  error: string | null;
};

/**
 * A workspace's recalculations, newest first, `RUNS_PAGE_SIZE` at a time before a given run.
 * Only per-job runs are listed: a run over all jobs, or a candidate's incremental matching, spans
 * every workspace, and its totals would tell one workspace about the others; their per-job parts
 * are listed instead.
 */
export async function listRuns(
  db: Db,
  workspaceId: string,
  before?: { startedAt: Date; id: string },
): Promise<{ runs: RunRow[]; more: boolean }> {
  const rows = await db.matchingRun.findMany({
    where: {
      workspaceId,
      scope: "JOB",
      ...(before ? { OR: [{ startedAt: { lt: before.startedAt } }, { startedAt: before.startedAt, id: { lt: before.id } }] } : {}),
    },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: RUNS_PAGE_SIZE + 1,
    select: {
      id: true,
      jobId: true,
      parent: { select: { scope: true } },
      trigger: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      candidatesConsidered: true,
      matchingsWritten: true,
      error: true,
      job: { select: { title: true } },
    },
  });
  return {
    more: rows.length > RUNS_PAGE_SIZE,
    runs: rows.slice(0, RUNS_PAGE_SIZE).map((row) => ({
      id: row.id,
      jobId: row.jobId,
      jobTitle: row.job?.title ?? null,
      trigger: row.trigger,
      status: row.status,
      partOf: row.parent?.scope === "ALL" || row.parent?.scope === "CANDIDATE" ? row.parent.scope : null,
      startedAt: row.startedAt,
      durationMs: row.finishedAt ? row.finishedAt.getTime() - row.startedAt.getTime() : null,
      candidatesConsidered: row.candidatesConsidered,
      matchingsWritten: row.matchingsWritten,
      error: row.error,
    })),
  };
}
