import { NonRetriableError } from "inngest";
import { MatchingError, recalculateJob } from "../lib/matching";
import { getDb } from "../lib/db";
import { explainJob, explainerFromEnv } from "../lib/explanations";
import { inngest, rankingRecalculate } from "./client";

const NOTHING_EXPLAINED = { pending: 0, written: 0, keptTemplate: 0, requests: 0 };

/**
 * Recalculates one job's top 50. One run per job at a time, bursts for a job coalesced into
 * one run, and a job that is gone, not ACTIVE or of another workspace ends without retrying.
 * Then, in a step of its own, Gemini explains the rows whose reason is new or stale: the ranking
 * is already saved, and a model failure only leaves template reasons (counted in the result).
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

    const explanations = await step.run("write-explanations", async () => {
      const explainer = explainerFromEnv();
      if (!explainer) return { enabled: false, ...NOTHING_EXPLAINED, errors: [] as string[] };
      try {
        const { jobId: _jobId, ...counts } = await explainJob(await getDb(), gigId, explainer);
        return { enabled: true, ...counts };
      } catch (error) {
        // Never fail (or retry) the run for its explanations: the next run tries again.
        return { enabled: true, ...NOTHING_EXPLAINED, errors: [error instanceof Error ? error.message : String(error)] };
      }
    });
    if (explanations.errors.length > 0)
      logger.warn("Some reasons kept their template", { gigId, keptTemplate: explanations.keptTemplate, errors: explanations.errors });

    return {
      gigId,
      candidatesRanked: result.eligibleCandidates,
      matchingsWritten: result.ranked,
      durationMs: result.durationMs,
      explanations: { written: explanations.written, keptTemplate: explanations.keptTemplate, modelRequests: explanations.requests },
    };
  },
);
