import { NonRetriableError } from "inngest";
import { MatchingError, recalculateJob } from "../lib/matching";
import { getDb } from "../lib/db";
import { inngest, rankingRecalculate } from "./client";

/**
 * Recalculates one job's top 50. One run per job at a time, bursts for a job coalesced into
 * one run, and a job that is gone, not ACTIVE or of another workspace ends without retrying.
 */
export const recalculateGigRanking = inngest.createFunction(
  {
    id: "recalculate-gig-ranking",
    name: "Recalculate a job's ranking",
    triggers: [rankingRecalculate],
    retries: 3,
    concurrency: { key: "event.data.gigId", limit: 1 },
    // 100 responses in a minute become one recalculation, at most two minutes late.
    debounce: { key: "event.data.gigId", period: "20s", timeout: "2m" },
  },
  async ({ event, step, logger }) => {
    const { gigId, workspaceId } = event.data;
    const triggeredBy = event.data.triggeredBy ?? "event";
    logger.info("Recalculating job ranking", { gigId, workspaceId, triggeredBy });

    const result = await step.run("recalculate-ranking", async () => {
      try {
        return await recalculateJob(await getDb(), gigId, { trigger: triggeredBy, workspaceId });
      } catch (error) {
        if (error instanceof MatchingError) throw new NonRetriableError(error.message, { cause: error });
        throw error;
      }
    });

    logger.info("Job ranking recalculated", {
      gigId,
      candidatesConsidered: result.eligibleCandidates,
      matchingsWritten: result.ranked,
      durationMs: result.durationMs,
    });
    return { gigId, candidatesRanked: result.eligibleCandidates, matchingsWritten: result.ranked, durationMs: result.durationMs };
  },
);
