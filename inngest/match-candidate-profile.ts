import { NonRetriableError } from "inngest";
import { getDb } from "../lib/db";
import { MatchingError, matchCandidate } from "../lib/matching";
import { candidateProfileUpdated, inngest, rankingRecalculate } from "./client";

// Inngest accepts at most a few hundred events per send.
const BATCH = 500;

/**
 * Matches one candidate against the ACTIVE jobs they can affect, seconds after their profile
 * changed. One run per candidate at a time; a burst of changes to one candidate (an import,
 * then their tests) coalesces into one run. Jobs whose full top 50 the candidate left are
 * recalculated through gig/ranking.recalculate, each retried and debounced on its own.
 */
export const matchCandidateProfile = inngest.createFunction(
  {
    id: "match-candidate-profile",
    name: "Match a candidate after a profile change",
    triggers: [candidateProfileUpdated],
    retries: 3,
    concurrency: { key: "event.data.candidateId", limit: 1 },
    debounce: { key: "event.data.candidateId", period: "5s", timeout: "30s" },
  },
  async ({ event, step, logger }) => {
    const { candidateId } = event.data;
    const trigger = "candidate.updated";
    logger.info("Matching candidate", { candidateId, reason: event.data.reason ?? null });

    const result = await step.run("match-candidate", async () => {
      try {
        return await matchCandidate(await getDb(), candidateId, { trigger, deferFullRecalculation: true });
      } catch (error) {
        if (error instanceof MatchingError) throw new NonRetriableError(error.message, { cause: error });
        throw error;
      }
    });

    for (let start = 0; start < result.fullRecalculations.length; start += BATCH) {
      const batch = result.fullRecalculations.slice(start, start + BATCH);
      await step.sendEvent(
        `recalculate-jobs-${start / BATCH + 1}`,
        batch.map((job) => rankingRecalculate.create({ gigId: job.jobId, workspaceId: job.workspaceId, triggeredBy: trigger })),
      );
    }
    logger.info("Candidate matched", {
      candidateId,
      jobsConsidered: result.jobsConsidered,
      rankedIn: result.rankedIn,
      durationMs: result.durationMs,
    });
    return {
      candidateId,
      jobsConsidered: result.jobsConsidered,
      jobsChanged: result.jobsChanged,
      rankedIn: result.rankedIn,
      jobsRecalculationRequested: result.fullRecalculations.length,
      durationMs: result.durationMs,
    };
  },
);
