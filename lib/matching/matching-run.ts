import type { Db } from "../db";

export type RunCounts = { jobsProcessed: number; candidatesConsidered: number; matchingsWritten: number };

type Start = { scope: "JOB" | "ALL" | "CANDIDATE"; trigger: string; jobId?: string; workspaceId?: string; candidateId?: string; parentId?: string };

/** Opens a MatchingRun row; the caller ends it with finishRun whatever happens. */
export async function startRun(db: Db, start: Start): Promise<string> {
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
