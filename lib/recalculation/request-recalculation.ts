import { inngest, rankingRecalculate } from "../../inngest/client";
import type { Db } from "../db";
import { env } from "../env";
import { recalculateJob, type JobResult } from "../matching";
import { runInRequest } from "./in-request-queue";

export type RecalculationRequest = { gigId: string; workspaceId: string; triggeredBy: string };

export type RecalculationOutcome =
  | { mode: "queued"; eventId: string }
  | { mode: "in-process"; result: JobResult }
  | { mode: "not-sent"; reason: string };

/** Whether events can reach an Inngest server: the Dev Server, or Cloud / self-hosted with an event key. */
export const inngestConfigured = () => Boolean(env.INNGEST_DEV?.enabled || env.INNGEST_EVENT_KEY);

/**
 * Asks for a job's recalculation through Inngest. Without any Inngest server configured (a
 * laptop running `npm run dev`), `inProcess` recalculates right here instead, in this process's
 * bounded queue (RECALCULATION_BUSY when the workspace's share is full); otherwise the
 * request is not sent and the nightly run catches up.
 */
export async function requestRecalculation(
  db: Db,
  request: RecalculationRequest,
  options: { inProcess: boolean },
): Promise<RecalculationOutcome> {
  if (!inngestConfigured()) {
    if (!options.inProcess) return { mode: "not-sent", reason: "no Inngest server configured (INNGEST_DEV or INNGEST_EVENT_KEY)" };
    const result = await runInRequest(request.workspaceId, () =>
      recalculateJob(db, request.gigId, { trigger: request.triggeredBy, workspaceId: request.workspaceId }),
    );
    return { mode: "in-process", result };
  }
  const { ids } = await inngest.send(rankingRecalculate.create(request));
  return { mode: "queued", eventId: ids[0] ?? "" };
}

/** For triggers that must not fail their request: a failure to send is logged, never thrown. */
export async function notifyRecalculation(db: Db, request: RecalculationRequest): Promise<RecalculationOutcome> {
  try {
    return await requestRecalculation(db, request, { inProcess: false });
  } catch (error) {
    console.error(
      `[recalculation] could not send gig/ranking.recalculate for job ${request.gigId} (${request.triggeredBy}); ` +
        "the nightly run will catch up",
      error,
    );
    return { mode: "not-sent", reason: error instanceof Error ? error.message : String(error) };
  }
}
